// The console's English texts join the widget's (the shared sign-in fields, states and errors) when English is chosen.
import { addEnglishTexts } from '../../i18n/localization.js';

let added = false;

export function useConsoleEnglish(): void {
  if (added) return;
  added = true;
  addEnglishTexts(() => import('./en.js'));
}
