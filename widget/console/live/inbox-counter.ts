// The number of open requests this staff member has not seen yet (new, or changed since they were opened): shown
// beside "Inbox" and in the browser tab's title, whichever view is open, and kept current by the live updates.
import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { ConsoleClient } from '../api/console-client.js';
import type { AdminRequest, Page } from '../api/types.js';
import type { LiveUpdates } from './live-updates.js';
import type { SeenRequests } from './seen-requests.js';

/** The requests that wait for the business; a hundred is more than anyone's inbox holds unseen. */
const openRequests = '/admin/requests?status=submitted,in_review&limit=100';

export class InboxCounter {
  count = 0;

  private requests: AdminRequest[] = [];
  private unsubscribe: (() => void) | null = null;
  private readonly task: Task<readonly [], AdminRequest[]>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: ConsoleClient,
    private readonly live: LiveUpdates,
    private readonly seen: SeenRequests,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      args: () => [] as const,
      task: async (_args, { signal }) => (await this.client.request<Page<AdminRequest>>('GET', openRequests, undefined, { signal })).items,
      onComplete: (requests) => {
        this.requests = requests;
        this.recount();
      },
    });
  }

  start(): void {
    this.stop();
    this.unsubscribe = this.live.subscribe(() => void this.task.run());
    this.seen.addEventListener('change', this.recount);
    void this.task.run();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.seen.removeEventListener('change', this.recount);
    this.task.abort();
  }

  /** Stops for good: the person signed out, or another one signed in. */
  dispose(): void {
    this.stop();
    this.host.removeController(this.task);
  }

  private readonly recount = () => {
    const count = this.requests.filter((request) => this.seen.freshness(request) !== null).length;
    if (count === this.count) return;
    this.count = count;
    this.host.requestUpdate();
  };
}
