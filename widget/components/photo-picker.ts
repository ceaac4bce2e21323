import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { base, buttons, forms, kp } from '../styles/theme.js';
import { isOne } from '../i18n/plural.js';
import { defineElement } from './define.js';
import { FileTooLargeError, prepareUpload } from './downscale.js';

/**
 * @summary Choose or take photos (and PDFs, where `pdf` is set): each photo is made smaller in the browser and shown
 * as a preview that can be removed; a file the browser cannot read as a photo is refused by name before any upload.
 *
 * @event kp-photos-change - `{photos: File[]}` whenever a photo was added or removed.
 * @csspart previews - The list of chosen photos.
 * @csspart preview - One chosen photo with its remove button.
 * @csspart take - The "take a photo" button, shown on touch devices.
 * @csspart choose - The "choose photos" button.
 */
export class PhotoPicker extends LitElement {
  /** Focusing the picker focuses its first button, so a form can move focus here when a photo is missing. */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    base,
    buttons,
    forms,
    css`
      :host {
        display: block;
      }
      .previews {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(88px, 1fr));
        gap: ${kp('space-2')};
        list-style: none;
        margin: ${kp('space-2')} 0;
        padding: 0;
      }
      .preview {
        position: relative;
        aspect-ratio: 1;
        border-radius: ${kp('radius')};
        border: 1px solid ${kp('color-border')};
        background: ${kp('color-surface-alt')};
        overflow: hidden;
      }
      .preview img {
        display: block;
        width: 100%;
        height: 100%;
        object-fit: cover;
      }
      .preview .name {
        display: flex;
        align-items: center;
        justify-content: center;
        height: 100%;
        padding: ${kp('space-1')};
        font-size: 12px;
        text-align: center;
        overflow-wrap: anywhere;
      }
      .remove {
        position: absolute;
        top: 4px;
        right: 4px;
        width: 32px;
        height: 32px;
        padding: 0;
        border-radius: 50%;
        border: 1px solid ${kp('color-border-strong')};
        background: ${kp('color-surface')};
        color: ${kp('color-text')};
        font-size: 20px;
        line-height: 1;
        cursor: pointer;
      }
      .remove:focus-visible,
      input:focus-visible + label {
        outline: 2px solid ${kp('color-focus')};
        outline-offset: 2px;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: ${kp('space-2')};
        margin-top: ${kp('space-2')};
      }
      .take {
        display: none;
      }
      @media (pointer: coarse) {
        .take {
          display: inline-flex;
        }
      }
      .status {
        margin: ${kp('space-1')} 0 0;
        font-size: ${kp('font-size-sm')};
        color: ${kp('color-muted')};
      }
    `,
  ];

  /** The files chosen so far, photos already made smaller. */
  @property({ attribute: false }) photos: File[] = [];
  /** How many photos at most. */
  @property({ type: Number }) max = 5;
  /** The field's label. */
  @property() label = '';
  /** At least one photo is asked for: the label then says nothing of being optional. */
  @property({ type: Boolean }) required = false;
  /** What is wrong with the field, set by the form. */
  @property() error = '';
  /** PDFs are taken too (a message's files), not only photos. */
  @property({ type: Boolean }) pdf = false;

  @state() private processing = 0;
  @state() private problem = '';
  private previews = new Map<File, string>();
  /** Previews the page does not let us show (a strict policy without blob: images): named instead. */
  @state() private unshown = new Set<File>();
  private pending: Promise<void> = Promise.resolve();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Resolves when every chosen photo has been made smaller; a submit waits for it. */
  whenSettled(): Promise<void> {
    return this.pending;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of this.previews.values()) URL.revokeObjectURL(url);
    this.previews.clear();
  }

  private preview(file: File): string | null {
    if (!/^image\/(jpeg|png|webp|gif)$/.test(file.type)) return null;
    let url = this.previews.get(file);
    if (!url) {
      url = URL.createObjectURL(file);
      this.previews.set(file, url);
    }
    return url;
  }

  private cannotShow(file: File) {
    this.unshown = new Set([...this.unshown, file]);
  }

  private choose(event: Event) {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length) this.pending = this.pending.then(() => this.add(chosen));
  }

  private async add(chosen: File[]) {
    const problems: string[] = [];
    this.processing = chosen.length;
    const added: File[] = [];
    let leftOut = 0;
    for (const file of chosen) {
      try {
        const prepared = await prepareUpload(file, { pdf: this.pdf });
        // Counted after reading: a refused file takes no place of the ones after it.
        if (this.photos.length + added.length < this.max) added.push(prepared);
        else leftOut += 1;
      } catch (error) {
        problems.push(
          error instanceof FileTooLargeError
            ? msg(str`${file.name} is groter dan 10 MB.`, { id: 'views.photos.tooLarge' })
            : this.pdf
              ? msg(str`${file.name} is geen foto of PDF die we kunnen lezen.`, { id: 'views.files.unreadable' })
              : msg(str`${file.name} is geen foto die we kunnen gebruiken.`, { id: 'views.photos.unreadable' }),
        );
      }
      this.processing -= 1;
    }
    if (leftOut) {
      problems.unshift(
        isOne(leftOut)
          ? msg(str`U kunt hoogstens ${this.max} bestanden toevoegen; 1 is niet toegevoegd.`, { id: 'views.photos.tooMany.one' })
          : msg(str`U kunt hoogstens ${this.max} bestanden toevoegen; ${leftOut} zijn niet toegevoegd.`, { id: 'views.photos.tooMany.other' }),
      );
    }
    this.problem = problems.join(' ');
    if (added.length) this.setPhotos([...this.photos, ...added]);
  }

  /** What may be chosen, and how many, in words. */
  private hint(): string {
    if (this.pdf) {
      return isOne(this.max)
        ? msg('Eén foto of PDF, bijvoorbeeld van het display of een bon.', { id: 'views.files.hint.one' })
        : msg(str`Hoogstens ${this.max} foto's of PDF's, bijvoorbeeld van het display of een bon.`, { id: 'views.files.hint.other' });
    }
    return isOne(this.max)
      ? msg('Eén foto, bijvoorbeeld van het apparaat, het typeplaatje of de storingsmelding.', { id: 'views.photos.hint.one' })
      : msg(str`Hoogstens ${this.max} foto's, bijvoorbeeld van het apparaat, het typeplaatje of de storingsmelding.`, { id: 'views.photos.hint.other' });
  }

  private count(): string {
    const count = this.photos.length;
    if (this.pdf) {
      return isOne(count)
        ? msg(str`1 bestand gekozen, hoogstens ${this.max}`, { id: 'views.files.count.one' })
        : msg(str`${count} bestanden gekozen, hoogstens ${this.max}`, { id: 'views.files.count.other' });
    }
    return isOne(count)
      ? msg(str`1 foto gekozen, hoogstens ${this.max}`, { id: 'views.photos.count.one' })
      : msg(str`${count} foto's gekozen, hoogstens ${this.max}`, { id: 'views.photos.count.other' });
  }

  private removePhoto(file: File, index: number) {
    const url = this.previews.get(file);
    if (url) URL.revokeObjectURL(url);
    this.previews.delete(file);
    this.problem = '';
    this.setPhotos(this.photos.filter((photo) => photo !== file));
    // Keep keyboard focus in the picker: on the next photo's remove button, else on the choose button.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.remove');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#choose'))?.focus();
    });
  }

  private setPhotos(photos: File[]) {
    this.photos = photos;
    this.dispatchEvent(new CustomEvent('kp-photos-change', { detail: { photos }, bubbles: true, composed: true }));
  }

  override render() {
    const full = this.photos.length >= this.max;
    const describedBy = `hint${this.problem ? ' problem' : ''}${this.error ? ' error' : ''}`;
    const invalid = this.error ? 'true' : 'false';
    return html`
      <div role="group" aria-labelledby="label">
        <span class="label" id="label">${this.label || msg("Foto's", { id: 'views.photos.label' })}
          ${this.required ? nothing : html`<span class="optional">${msg('(optioneel)', { id: 'shell.field.optional' })}</span>`}</span>
        <p class="hint" id="hint">${this.hint()}</p>
        ${this.photos.length
          ? html`<ul class="previews" part="previews">
              ${this.photos.map((file, index) => {
                const url = this.preview(file);
                const name = msg(str`Foto ${index + 1}`, { id: 'views.photos.name' });
                return html`<li class="preview" part="preview">
                  ${url && !this.unshown.has(file)
                    ? html`<img src=${url} alt=${name} @error=${() => this.cannotShow(file)} />`
                    : html`<span class="name">${file.name}</span>`}
                  <button type="button" class="remove" aria-label=${msg(str`${name} verwijderen`, { id: 'views.photos.remove' })} @click=${() => this.removePhoto(file, index)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing}
        ${this.error ? html`<p class="error" id="error">${this.error}</p>` : nothing}
        ${this.problem ? html`<p class="error" id="problem" role="alert">${this.problem}</p>` : nothing}
        <div class="buttons" ?hidden=${full}>
          <span class="take">
            <input id="take" class="visually-hidden" type="file" accept="image/*" capture="environment" multiple aria-invalid=${invalid} aria-describedby=${describedBy} @change=${this.choose} />
            <label for="take" class="btn secondary" part="take">${msg('Foto maken', { id: 'views.photos.take' })}</label>
          </span>
          <input
            id="choose"
            class="visually-hidden"
            type="file"
            accept=${this.pdf ? 'image/*,application/pdf,.pdf' : 'image/*'}
            multiple
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @change=${this.choose}
          />
          <label for="choose" class="btn secondary" part="choose">
            ${this.pdf ? msg("Foto's of PDF's kiezen", { id: 'views.files.choose' }) : msg("Foto's kiezen", { id: 'views.photos.choose' })}
          </label>
        </div>
        <p class="status" role="status">
          ${this.processing
            ? msg("Foto's worden verkleind…", { id: 'views.photos.processing' })
            : this.photos.length
              ? this.count()
              : nothing}
        </p>
      </div>
    `;
  }
}

defineElement('kp-photo-picker', PhotoPicker);

declare global {
  interface HTMLElementTagNameMap {
    'kp-photo-picker': PhotoPicker;
  }
}
