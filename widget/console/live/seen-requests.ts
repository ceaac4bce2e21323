// Which requests a staff member has opened, and how they looked then, kept in this browser: a request nobody here has
// opened yet is new, one that changed after it was opened (a customer's message, a colleague's move) is unread.
import type { AdminRequest } from '../api/types.js';

export type Freshness = 'new' | 'updated' | null;

/** Enough for months of requests; the oldest entries go first. */
const maxEntries = 2000;

export class SeenRequests extends EventTarget {
  private entries: Record<string, string>;

  constructor(
    private readonly storageKey: string,
    private readonly storage: Storage | null = safeLocalStorage(),
  ) {
    super();
    this.entries = this.read();
  }

  /** `new` for a submitted request never opened here; `updated` when it changed since it was opened. */
  freshness(request: Pick<AdminRequest, 'id' | 'status' | 'updatedAt'>): Freshness {
    const seenAt = this.entries[request.id];
    if (seenAt === undefined) return request.status === 'submitted' ? 'new' : null;
    return request.updatedAt > seenAt ? 'updated' : null;
  }

  /** Remembers the request as it is now; the staff member's own changes are marked seen through their answers. */
  markSeen(request: Pick<AdminRequest, 'id' | 'updatedAt'>): void {
    if (this.entries[request.id] !== undefined && this.entries[request.id]! >= request.updatedAt) return;
    delete this.entries[request.id];
    this.entries[request.id] = request.updatedAt;
    const ids = Object.keys(this.entries);
    for (const id of ids.slice(0, Math.max(0, ids.length - maxEntries))) delete this.entries[id];
    this.write();
    this.dispatchEvent(new Event('change'));
  }

  private read(): Record<string, string> {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(this.storageKey) ?? '{}');
      return value && typeof value === 'object' ? (value as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private write(): void {
    try {
      this.storage?.setItem(this.storageKey, JSON.stringify(this.entries));
    } catch {
      // Storage full or refused: the markers then last as long as this page.
    }
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
