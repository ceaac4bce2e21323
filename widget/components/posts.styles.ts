// What a list of posts draws with, each under a line that says who wrote it and when, and a form to add one: a
// conversation's messages, and a request's internal notes in the console.
import { css } from 'lit';
import { base, buttons, cards, forms, kp, skeletons } from '../styles/theme.js';
import { stateStyles } from './states.js';

export const postStyles = [
  base,
  buttons,
  forms,
  cards,
  skeletons,
  stateStyles,
  css`
    :host {
      display: block;
    }
    .meta {
      display: block;
      font-size: ${kp('font-size-sm')};
      color: ${kp('color-muted')};
    }
    .body {
      margin: ${kp('space-1')} 0 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
];
