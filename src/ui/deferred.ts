/**
 * Parts of a long screen that are drawn in the task after the screen itself: the
 * click that opens the screen then does the work for what is at the top, and the
 * rest follows before the player can scroll to it. Once drawn, a part renders with
 * its screen like any other.
 */
import { nothing } from 'lit-html';
import { AsyncDirective, directive } from 'lit-html/async-directive.js';

class DeferredDirective extends AsyncDirective {
  private drawn = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private make: (() => unknown) | undefined;

  render(make: () => unknown): unknown {
    this.make = make;
    if (this.drawn) return make();
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (!this.isConnected || !this.make) return;
      this.drawn = true;
      this.setValue(this.make());
    }, 0);
    return nothing;
  }

  protected override disconnected(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override reconnected(): void {
    if (!this.drawn && this.make) this.render(this.make);
  }
}

/** Draws `make()` in the next task instead of this one (and in place, with its screen, after that). */
export const deferred = directive(DeferredDirective);
