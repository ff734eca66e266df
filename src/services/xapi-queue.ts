/**
 * Sends statements to the learning record store without ever holding up play: each
 * statement is queued in localStorage first, sent in batches, and a failed send is
 * retried later with a growing pause (a room of laptops whose Wi-Fi comes back does
 * not hit the store at the same moment). A statement keeps its id, so a retry the
 * store already received is not stored twice.
 */
import type { Statement } from './xapi';

const QUEUE_KEY = 'wijkteam-kostenspel:xapi-queue';
/** At most this many statements wait; the oldest go first when a long offline spell fills it. */
const MAX_QUEUED = 500;
const BATCH = 25;

export interface QueueOptions {
  /** The store's xAPI base, ending in '/'. */
  readonly endpoint: string;
  readonly authorization?: string;
  readonly storage?: Storage;
  readonly fetch?: typeof fetch;
  /** The first pause after a failure, doubled after each further failure up to maxDelayMs. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly random?: () => number;
}

/** How the store answered a batch: sent, retry later, or rejected for good (never retried). */
export function classify(status: number): 'sent' | 'retry' | 'rejected' {
  if (status >= 200 && status < 300) return 'sent';
  // 409: the store already holds a statement with this id, so the batch arrived before.
  if (status === 400 || status === 409 || status === 413) return 'rejected';
  return 'retry';
}

/** The pause before the next try after `failures` failed ones: doubling, capped, with up to 25% jitter. */
export function backoff(failures: number, base: number, max: number, random: () => number): number {
  const plain = Math.min(max, base * 2 ** Math.max(0, failures - 1));
  return Math.round(plain * (1 + 0.25 * random()));
}

/** A persistent outbox of statements for one store. */
export class StatementQueue {
  private readonly endpoint: string;
  private readonly headers: Record<string, string>;
  private readonly storage: Storage | undefined;
  private readonly send: typeof fetch;
  private readonly base: number;
  private readonly max: number;
  private readonly random: () => number;
  /** The queue of this page; localStorage keeps a copy for the next visit. */
  private waiting: readonly Statement[];
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;

  constructor(options: QueueOptions) {
    this.endpoint = `${options.endpoint}statements`;
    this.headers = {
      'Content-Type': 'application/json',
      'X-Experience-API-Version': '1.0.3',
      ...(options.authorization ? { Authorization: options.authorization } : {}),
    };
    this.storage = options.storage;
    this.send = options.fetch ?? ((input, init) => fetch(input, init));
    this.base = options.baseDelayMs ?? 2000;
    this.max = options.maxDelayMs ?? 5 * 60_000;
    this.random = options.random ?? Math.random;
    this.waiting = readStored(this.storage);
  }

  /** The statements still waiting to be sent. */
  pending(): readonly Statement[] {
    return this.waiting;
  }

  /** Queues a statement and sends it as soon as nothing else is on its way. */
  add(statement: Statement): void {
    this.write([...this.waiting, statement].slice(-MAX_QUEUED));
    // While the store is failing, the statement waits for the retry already planned.
    if (this.failures === 0) this.schedule(0);
  }

  /** Tries now (the network came back, or the page is being left). */
  flushSoon(): void {
    this.schedule(0);
  }

  /** Sends what waits, one batch after another, until the queue is empty or a send fails. */
  async flush(options: { keepalive?: boolean } = {}): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      for (;;) {
        const batch = this.waiting.slice(0, BATCH);
        if (batch.length === 0) {
          this.failures = 0;
          return;
        }
        let outcome: ReturnType<typeof classify>;
        try {
          const response = await this.send(this.endpoint, {
            method: 'POST',
            headers: this.headers,
            body: JSON.stringify(batch),
            credentials: 'omit',
            referrerPolicy: 'no-referrer',
            keepalive: options.keepalive ?? false,
          });
          outcome = classify(response.status);
        } catch {
          outcome = 'retry';
        }
        if (outcome === 'retry') {
          this.failures += 1;
          this.schedule(backoff(this.failures, this.base, this.max, this.random));
          return;
        }
        const sent = new Set(batch.map((s) => s.id));
        this.write(this.waiting.filter((s) => !sent.has(s.id)));
        this.failures = 0;
      }
    } finally {
      this.inFlight = false;
    }
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  private write(statements: readonly Statement[]): void {
    this.waiting = statements;
    if (!this.storage) return;
    try {
      if (statements.length === 0) this.storage.removeItem(QUEUE_KEY);
      else this.storage.setItem(QUEUE_KEY, JSON.stringify(statements));
    } catch {
      // Storage full or blocked: the statements wait in memory for this visit.
    }
  }
}

function readStored(storage: Storage | undefined): Statement[] {
  try {
    const parsed = JSON.parse(storage?.getItem(QUEUE_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isStatement) : [];
  } catch {
    return [];
  }
}

/** Enough of a statement to send it again: what this queue wrote on an earlier visit. */
function isStatement(value: unknown): value is Statement {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}
