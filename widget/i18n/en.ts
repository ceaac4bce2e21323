// English texts, by message id. Each part of the widget keeps its own file; this one merges them.
import { templates as shell } from './en/shell.js';
import { templates as views } from './en/views.js';

export const templates = { ...shell, ...views };
