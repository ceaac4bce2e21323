// The number of bookings waiting for the business's answer: shown beside "Afspraken" whichever view is open, and kept
// current by the live updates, so a requested visit is seen without opening the day and week view.
import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { addDays, businessToday } from '../../components/booking-times.js';
import type { AdminBookingPage } from './bookings.js';
import type { ConsoleClient } from './console-client.js';
import type { LiveSignal, LiveUpdates } from '../live/live-updates.js';

/** What may change a booking: its request or work order, or a poll or a resumed stream that may hide one. */
const aboutBookings = (signal: LiveSignal) => signal.kind !== 'event' || signal.type.startsWith('request.') || signal.type === 'work_order.updated';

export class WaitingBookings {
  count = 0;

  private unsubscribe: (() => void) | null = null;
  private readonly task: Task<readonly [], number>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: ConsoleClient,
    private readonly live: LiveUpdates,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      args: () => [] as const,
      task: async (_args, { signal }) => {
        const today = businessToday();
        const query = new URLSearchParams({ status: 'requested', from: today, to: addDays(today, 365), limit: '500' });
        const page = await this.client.request<AdminBookingPage>('GET', `/admin/bookings?${query}`, undefined, { signal });
        return page.items.length;
      },
      onComplete: (count) => {
        if (count === this.count) return;
        this.count = count;
        this.host.requestUpdate();
      },
      // A business without booking, or a server without it: no count, and nothing to say.
      onError: () => undefined,
    });
  }

  start(): void {
    this.stop();
    this.unsubscribe = this.live.subscribe((signal) => void (aboutBookings(signal) && this.task.run()));
    void this.task.run();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.task.abort();
  }

  dispose(): void {
    this.stop();
    this.host.removeController(this.task);
  }
}
