import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { base, buttons, forms, kp } from '../styles/theme.js';
import { defineElement } from './define.js';
import { UnreadablePhotoError, downscalePhoto } from './downscale.js';

/** The upload limit of the API for one file. */
const maxFileBytes = 10 * 1024 * 1024;
/** Formats the API takes as they are when this browser cannot draw them (HEIC from an iPhone in Chrome). */
const passThroughTypes = ['image/heic', 'image/heif', 'image/jpeg', 'image/png', 'image/webp'];

/**
 * @summary Choose or take photos: each is made smaller in the browser and shown as a preview that can be removed.
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

  /** The photos chosen so far, already made smaller. */
  @property({ attribute: false }) photos: File[] = [];
  /** How many photos at most. */
  @property({ type: Number }) max = 5;
  /** The field's label. */
  @property() label = '';
  /** At least one photo is asked for: the label then says nothing of being optional. */
  @property({ type: Boolean }) required = false;
  /** What is wrong with the field, set by the form. */
  @property() error = '';

  @state() private processing = 0;
  @state() private problem = '';
  private previews = new Map<File, string>();
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

  private choose(event: Event) {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length) this.pending = this.pending.then(() => this.add(chosen));
  }

  private async add(chosen: File[]) {
    const room = this.max - this.photos.length;
    const taken = chosen.slice(0, Math.max(0, room));
    const problems: string[] = [];
    if (chosen.length > taken.length) {
      problems.push(msg(str`U kunt hoogstens ${this.max} foto's toevoegen; ${chosen.length - taken.length} zijn niet toegevoegd.`, { id: 'views.photos.tooMany' }));
    }
    this.processing = taken.length;
    const added: File[] = [];
    for (const file of taken) {
      try {
        if (!file.type.startsWith('image/') && file.type !== '') throw new UnreadablePhotoError(file);
        added.push(await downscalePhoto(file));
      } catch (error) {
        if (error instanceof UnreadablePhotoError && passThroughTypes.includes(file.type) && file.size <= maxFileBytes) {
          added.push(file);
        } else {
          problems.push(msg(str`${file.name} is geen foto die we kunnen gebruiken.`, { id: 'views.photos.unreadable' }));
        }
      }
      this.processing -= 1;
    }
    this.problem = problems.join(' ');
    if (added.length) this.setPhotos([...this.photos, ...added]);
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
          ${this.required ? nothing : html`<span class="optional">${msg('(niet verplicht)', { id: 'views.form.optional' })}</span>`}</span>
        <p class="hint" id="hint">
          ${msg(str`Hoogstens ${this.max} foto's, bijvoorbeeld van het apparaat, het typeplaatje of de storingsmelding.`, { id: 'views.photos.hint' })}
        </p>
        ${this.photos.length
          ? html`<ul class="previews" part="previews">
              ${this.photos.map((file, index) => {
                const url = this.preview(file);
                const name = msg(str`Foto ${index + 1}`, { id: 'views.photos.name' });
                return html`<li class="preview" part="preview">
                  ${url ? html`<img src=${url} alt=${name} />` : html`<span class="name">${file.name}</span>`}
                  <button type="button" class="remove" aria-label=${msg(str`${name} verwijderen`, { id: 'views.photos.remove' })} @click=${() => this.removePhoto(file, index)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing}
        <div class="buttons" ?hidden=${full}>
          <span class="take">
            <input id="take" class="visually-hidden" type="file" accept="image/*" capture="environment" multiple aria-invalid=${invalid} aria-describedby=${describedBy} @change=${this.choose} />
            <label for="take" class="btn secondary" part="take">${msg('Foto maken', { id: 'views.photos.take' })}</label>
          </span>
          <input id="choose" class="visually-hidden" type="file" accept="image/*" multiple aria-invalid=${invalid} aria-describedby=${describedBy} @change=${this.choose} />
          <label for="choose" class="btn secondary" part="choose">${msg("Foto's kiezen", { id: 'views.photos.choose' })}</label>
        </div>
        <p class="status" role="status">
          ${this.processing
            ? msg("Foto's worden verkleind…", { id: 'views.photos.processing' })
            : this.photos.length
              ? msg(str`${this.photos.length} van ${this.max} foto's gekozen`, { id: 'views.photos.count' })
              : nothing}
        </p>
        ${this.error ? html`<p class="error" id="error">${this.error}</p>` : nothing}
        ${this.problem ? html`<p class="error" id="problem" role="alert">${this.problem}</p>` : nothing}
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
