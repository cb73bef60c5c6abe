/**
 * Work a server process repeats in the background (expiring nominations, pruning webhook
 * deliveries): once at start, then `intervalMs` after each run ends. A run that fails is
 * logged and the next one still comes; `stop` waits for a run in progress, which can ask
 * `stopping()` to end early. The timer never keeps the process alive.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly run: (stopping: () => boolean) => Promise<unknown>,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.run(() => this.stopped)
        .catch((err) => console.error(`${this.name}:`, err))
        .finally(() => {
          this.running = null;
          this.schedule(this.intervalMs);
        });
    }, ms);
    this.timer.unref();
  }
}
