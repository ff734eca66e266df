import Phaser from 'phaser';
import type { LedgerEntry, PayerId, PropKind, Scenario, SimState } from '../../core';
// The core's modules one by one: the canvas loads with the menu, before the rest of the core.
import { PROP_KINDS } from '../../core/model';
import { isPayerVisible, visiblePayers } from '../../core/plan';
import type { CaseHub, HubView } from '../../engine';
import { lastMonthOf, phaseOf } from '../../engine/view';
import { currentLang, formatMoney, onLanguageChanged, t } from '../../services/i18n';
import { homeOf, type HomeView, type Letter } from '../household';
import { ALL_BUILDINGS, BUILDING_OF, PROVIDER, buildingsOf, stageLayout, type Point, type StageLayout } from '../layout';
import { publishStage, type StageState } from '../debug';

const INK = '#1f2a44';
const PAPER = 0xfbf7ef;
const FONT = 'Atkinson Hyperlegible, sans-serif';
/** A transfer at least this large (in cents) is drawn as a banknote rather than a coin. */
const BANKNOTE_FROM = 50_000;
/** At most this many coins fly in one month, so a busy month stays readable and cheap to draw. */
const MAX_COINS = 28;
const FLIGHT_MS = 900;

const PROP_TEXTURE: Readonly<Record<PropKind, string>> = {
  car: 'car',
  taxi: 'taxi',
  bike: 'bike',
  room: 'room',
  care: 'provider',
  shelter: 'shelter',
};

/** A stream of money this month: from one building to another, costs and transfers apart. */
interface Stream {
  readonly from: Point;
  readonly to: Point;
  readonly kind: LedgerEntry['kind'];
  amount: number;
}

interface Building {
  readonly key: string;
  readonly at: Point;
  readonly image: Phaser.GameObjects.Image;
  readonly label: Phaser.GameObjects.Text | undefined;
  readonly totals: Phaser.GameObjects.Text | undefined;
  readonly fog: Phaser.GameObjects.Container;
  fogged: boolean;
}

type Translated = { readonly text: Phaser.GameObjects.Text; readonly key: string };

/**
 * The neighbourhood: the household's home, the payers' buildings around it with what
 * each has paid so far, and the money flowing between them each month. It subscribes
 * to the case hub and draws what the engine keeps; it never changes the case. Its
 * texts come from i18next and follow a language switch. The loop sleeps while nothing
 * moves and wakes when the case, the language or the stage's size changes.
 */
export class NeighbourhoodScene extends Phaser.Scene {
  private hub!: CaseHub;
  private stage: HTMLElement | undefined;
  private reducedMotion = false;
  private view: HubView | undefined;
  private dirty = true;
  private idleFrames = 0;
  private layoutOf: StageLayout | undefined;
  private caseKey = '';
  private lastMonth = -1;
  private lastLetters = new Set<string>();
  private world!: Phaser.GameObjects.Container;
  private heading!: Phaser.GameObjects.Text;
  private readonly buildings = new Map<string, Building>();
  private readonly translated: Translated[] = [];
  private home: HomeView | undefined;
  private flowsShown = 0;
  /** How long the last drawing of a change took, in ms (for the bench). */
  private drawMs = 0;
  private houseTotals!: Phaser.GameObjects.Text;
  private readonly coinPool: Phaser.GameObjects.Image[] = [];
  private readonly stills: Phaser.GameObjects.GameObject[] = [];
  /** The still money streams of the last month (reduced motion): they stay until the next month. */
  private readonly streamStills: Phaser.GameObjects.GameObject[] = [];

  constructor() {
    super('neighbourhood');
  }

  init(): void {
    this.reducedMotion = Boolean(this.registry.get('reducedMotion'));
    const stage: unknown = this.registry.get('stage');
    this.stage = stage instanceof HTMLElement ? stage : undefined;
  }

  create(): void {
    this.hub = this.registry.get('hub') as CaseHub;
    this.view = this.hub.view();
    const unsubscribe = this.hub.subscribe((view) => {
      // The click that changed the case does not wait for the canvas: drawing happens in the next frame.
      this.view = view;
      this.touch();
    });
    const stopListening = onLanguageChanged(() => this.touch());
    const onMotion = (_parent: unknown, value: unknown): void => {
      this.reducedMotion = Boolean(value);
      this.touch();
    };
    this.registry.events.on('changedata-reducedMotion', onMotion);
    const onResize = (): void => this.touch();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.touchSize());
    if (this.stage) observer?.observe(this.stage);
    const onVisibility = (): void => {
      if (document.hidden) this.game.loop.sleep();
      else this.touch();
    };
    document.addEventListener('visibilitychange', onVisibility);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      stopListening();
      observer?.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.registry.events.off('changedata-reducedMotion', onMotion);
    });
    this.rebuild();
  }

  /** Something changed: draw it in the next frame, waking the loop if it sleeps. */
  private touch(): void {
    this.dirty = true;
    this.idleFrames = 0;
    if (!this.game.loop.running && !document.hidden) requestAnimationFrame(() => this.game.loop.wake());
  }

  /** The stage changed size: the scale manager measures it again in the next frame. */
  private touchSize(): void {
    this.scale.dirty = true;
    this.touch();
  }

  override update(): void {
    const { width, height } = this.scale.gameSize;
    if (!this.layoutOf || this.layoutOf.width !== width || this.layoutOf.height !== height) this.rebuild();
    else if (this.dirty) this.draw();
    // Nothing moves: the loop sleeps until the case, the language or the size changes.
    if (this.tweens.getTweens().length > 0) this.idleFrames = 0;
    else if ((this.idleFrames += 1) > 2) this.game.loop.sleep();
  }

  /** The case's buildings or, on the menu, the whole neighbourhood. */
  private buildingKeys(): readonly string[] {
    return this.view ? buildingsOf(this.view.scenario) : [...ALL_BUILDINGS, PROVIDER];
  }

  /** Lays everything out again for the canvas's size (on start, on resize, and when another case starts). */
  private rebuild(): void {
    this.tweens.killAll();
    this.children.removeAll(true);
    this.coinPool.length = 0;
    this.stills.length = 0;
    this.streamStills.length = 0;
    this.buildings.clear();
    this.translated.length = 0;
    const { width, height } = this.scale.gameSize;
    const members = this.view ? this.view.scenario.members.length : 1;
    const layout = stageLayout(width, height, this.buildingKeys(), members);
    this.layoutOf = layout;
    this.caseKey = this.view ? `${this.view.scenario.id}@${this.view.scenario.version}` : 'menu';
    this.world = this.add.container(0, 0);
    this.drawBackdrop(layout);
    for (const key of this.buildingKeys()) this.addBuilding(layout, key);
    this.heading = this.add
      .text(layout.heading.x, layout.heading.y, '', {
        fontFamily: FONT,
        fontSize: `${layout.font.heading}px`,
        fontStyle: 'bold',
        color: INK,
        backgroundColor: '#fbf7efdd',
        padding: { x: 8, y: 2 },
      })
      .setOrigin(0.5, 0)
      .setDepth(30);
    this.drawLegend(layout);
    this.houseTotals = this.text(layout.home.x, layout.home.y - layout.homeSize / 2 - 4, '', {
      fontSize: `${layout.font.small}px`,
      align: 'center',
      backgroundColor: '#ffffffdd',
      padding: { x: 3, y: 1 },
    })
      .setOrigin(0.5, 1)
      .setDepth(12)
      .setVisible(false);
    // A new layout shows the state as it is; coins and letters fly only for what happens from now on.
    this.lastMonth = this.view ? this.view.snapshot.context.play.sim.month : -1;
    this.lastLetters = new Set(this.view ? homeOf(this.view.scenario, this.view.snapshot.context.play.sim).letters.map(letterKey) : []);
    this.draw();
  }

  private drawBackdrop(layout: StageLayout): void {
    const { width, height, horizon, street } = layout;
    const g = this.add.graphics();
    // The sky in bands from blue to pale, as the canvas renderer draws no gradients.
    const bands = 8;
    for (let b = 0; b < bands; b += 1) {
      const sky = Phaser.Display.Color.Interpolate.ColorWithColor(
        Phaser.Display.Color.ValueToColor(0xa8dadc),
        Phaser.Display.Color.ValueToColor(0xe4f1ee),
        bands - 1,
        b,
      );
      g.fillStyle(Phaser.Display.Color.GetColor(sky.r, sky.g, sky.b), 1);
      g.fillRect(0, (horizon * b) / bands, width, horizon / bands + 1);
    }
    g.fillStyle(0x6a994e, 1);
    g.fillRect(0, horizon, width, height - horizon);
    const streetHeight = Math.max(10, (layout.legend.y - street) * 2 - 4);
    g.fillStyle(0xd9d4c7, 1);
    g.fillRect(0, street - streetHeight / 2, width, streetHeight);
    g.lineStyle(2, PAPER, 0.8);
    for (let x = 10; x < width; x += 60) g.lineBetween(x, street, x + 30, street);
    this.world.add(g);
  }

  private text(x: number, y: number, key: string, style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text {
    const text = this.add.text(x, y, key ? t(key) : '', { fontFamily: FONT, color: INK, ...style });
    if (key) this.translated.push({ text, key });
    return text;
  }

  private addBuilding(layout: StageLayout, key: string): void {
    const at = layout.buildings.get(key);
    if (!at) return;
    const size = layout.buildingSize;
    const image = this.add.image(at.x, at.y, key).setDisplaySize(size, size);
    const label = layout.buildingLabels
      ? this.text(at.x, at.y + size / 2 + 1, key === PROVIDER ? 'stage.building.provider' : `canvas.building.${key}`, {
          fontSize: `${layout.font.label}px`,
          backgroundColor: '#fbf7efcc',
          padding: { x: 3, y: 1 },
        }).setOrigin(0.5, 0)
      : undefined;
    const totals = layout.buildingLabels
      ? this.text(at.x, at.y + size / 2 + layout.font.label + 5, '', {
          fontSize: `${layout.font.small}px`,
          align: 'center',
          backgroundColor: '#ffffffdd',
          padding: { x: 3, y: 1 },
        })
          .setOrigin(0.5, 0)
          .setVisible(false)
      : undefined;
    const cloud = this.add.graphics();
    cloud.fillStyle(0xe8e6e1, 0.92);
    const r = size * 0.32;
    for (const [dx, dy] of [
      [-r, 0],
      [r, 0],
      [0, -r * 0.6],
      [0, r * 0.5],
      [-r * 0.5, r * 0.7],
      [r * 0.5, -r * 0.9],
    ] as const) {
      cloud.fillCircle(dx, dy, r);
    }
    const mark = this.add
      .text(0, 0, '?', { fontFamily: FONT, fontSize: `${Math.max(14, size * 0.4)}px`, fontStyle: 'bold', color: '#4d5670' })
      .setOrigin(0.5);
    const fog = this.add.container(at.x, at.y, [cloud, mark]).setDepth(5).setVisible(false);
    this.buildings.set(key, { key, at, image, label, totals, fog, fogged: false });
  }

  /** What the coins mean, drawn under the street: costs and transfers differ in shape, not only in colour. */
  private drawLegend(layout: StageLayout): void {
    const { legend, width } = layout;
    const mid = legend.y + legend.height / 2;
    this.add.rectangle(width / 2, mid, width, legend.height, 0x1f2a44);
    const icon = legend.height * 0.62;
    const wide = width >= 900;
    const style = { fontSize: `${layout.font.small + (wide ? 1 : 0)}px`, color: '#fbf7ef' };
    // A phone's strip has room for a word per sign; a wide stage says what each means.
    const narrow = width < 480;
    const items = [
      { texture: 'coin-cost', key: wide ? 'canvas.legendCost' : narrow ? 'stage.legend.costShort' : 'stage.legend.cost' },
      { texture: 'coin', key: wide ? 'canvas.legendTransfer' : narrow ? 'stage.legend.transferShort' : 'stage.legend.transfer' },
      { texture: 'letter-reminder', key: narrow ? 'stage.legend.letterShort' : 'stage.legend.letter' },
    ];
    const step = width / items.length;
    items.forEach((item, i) => {
      const x = 8 + i * step;
      this.add.image(x + icon / 2, mid, item.texture).setDisplaySize(icon, icon);
      this.text(x + icon + 4, mid, item.key, style)
        .setOrigin(0, 0.5)
        .setWordWrapWidth(step - icon - 12);
    });
  }

  /** Draws the case as the engine keeps it now. */
  private draw(): void {
    const start = performance.now();
    this.drawNow();
    this.drawMs = performance.now() - start;
    this.publish(this.view);
  }

  private drawNow(): void {
    this.dirty = false;
    const layout = this.layoutOf;
    if (!layout) return;
    const view = this.view;
    const key = view ? `${view.scenario.id}@${view.scenario.version}` : 'menu';
    if (key !== this.caseKey) {
      this.rebuild();
      return;
    }
    for (const { text, key: textKey } of this.translated) text.setText(t(textKey));
    this.heading.setText(this.headingText(view));
    this.clearStills();
    if (!view) {
      this.drawMenu(layout);
      return;
    }
    const { scenario, snapshot } = view;
    const { play, mode } = snapshot.context;
    const phase = phaseOf(snapshot);
    // Own-budget mode: the other payers stay in fog until the outcome reveals them.
    const visible = visiblePayers(scenario, mode, phase === 'outcome' || phase === 'debrief');
    this.drawFog(visible);
    this.drawTotals(view, visible);
    const home = homeOf(scenario, play.sim);
    this.drawHome(layout, scenario, play.sim, home);
    const letters = new Set(home.letters.map(letterKey));
    if (play.sim.month !== this.lastMonth) {
      const wentBack = play.sim.month < this.lastMonth;
      this.lastMonth = play.sim.month;
      if (!wentBack) {
        this.flow(layout, lastMonthOf(play).entries, visible);
        this.flyLetters(
          layout,
          home.letters.filter((l) => !this.lastLetters.has(letterKey(l))),
        );
      }
    }
    this.lastLetters = letters;
    this.home = home;
  }

  private headingText(view: HubView | undefined): string {
    if (!view) return t('canvas.menu');
    const months = view.scenario.months;
    return t('canvas.month', { month: Math.min(view.snapshot.context.play.sim.month + 1, months), months });
  }

  /** Pictures that belong to this moment only (the home, its people and letters, still money streams). */
  private still<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.stills.push(object);
    return object;
  }

  private clearStills(): void {
    for (const object of this.stills) object.destroy();
    this.stills.length = 0;
  }

  private drawMenu(layout: StageLayout): void {
    this.still(this.add.image(layout.home.x, layout.home.y, 'house').setDisplaySize(layout.homeSize, layout.homeSize));
    const at = layout.people[0];
    if (at) this.still(this.person(layout, at, 'person-professional', 1));
  }

  private person(layout: StageLayout, at: Point, texture: string, scale: number): Phaser.GameObjects.Image {
    const h = layout.personHeight * scale;
    return this.add
      .image(at.x, at.y, texture)
      .setOrigin(0.5, 1)
      .setDisplaySize(h * 0.75, h)
      .setDepth(8);
  }

  private drawFog(visible: ReadonlySet<PayerId> | undefined): void {
    const clear = new Set<string>([PROVIDER]);
    for (const payer of Object.keys(BUILDING_OF) as PayerId[]) if (isPayerVisible(visible, payer)) clear.add(BUILDING_OF[payer]);
    for (const building of this.buildings.values()) {
      const fogged = !clear.has(building.key);
      if (fogged === building.fogged) continue;
      building.fogged = fogged;
      this.tweens.killTweensOf(building.fog);
      if (fogged || this.reducedMotion) {
        building.fog.setVisible(fogged).setAlpha(1).setScale(1);
        continue;
      }
      // The fog lifts: the budgets the player could not see come into view.
      this.tweens.add({
        targets: building.fog,
        alpha: 0,
        scale: 1.4,
        duration: 1200,
        ease: 'Sine.easeOut',
        onComplete: () => building.fog.setVisible(false),
      });
    }
  }

  /** Each building's running total: its payers' costs and their net transfers, as the engine has summed them. */
  private drawTotals(view: HubView, visible: ReadonlySet<PayerId> | undefined): void {
    const { totals } = view.snapshot.context.play;
    const byBuilding = new Map<string, { cost: number; transfer: number }>();
    for (const payer of Object.keys(BUILDING_OF) as PayerId[]) {
      if (!isPayerVisible(visible, payer)) continue;
      const cost = totals.costsByPayer[payer] ?? 0;
      const transfer = totals.transfersByPayer[payer] ?? 0;
      if (cost === 0 && transfer === 0) continue;
      const building = BUILDING_OF[payer];
      const sum = byBuilding.get(building) ?? { cost: 0, transfer: 0 };
      byBuilding.set(building, { cost: sum.cost + cost, transfer: sum.transfer + transfer });
    }
    for (const building of this.buildings.values()) {
      const sum = byBuilding.get(building.key);
      if (!building.totals) continue;
      building.totals.setVisible(sum !== undefined);
      if (sum) fitWidth(building.totals.setText(totalLines(sum)), (this.layoutOf?.buildingCell ?? Infinity) - 6);
    }
    const house = byBuilding.get('house');
    this.houseTotals.setVisible(house !== undefined && !this.layoutOf?.strip);
    if (house) this.houseTotals.setText(totalLines(house));
  }

  /** The home as the household lives now: post at the door, letters, the summons, or where they went. */
  private drawHome(layout: StageLayout, scenario: Scenario, sim: SimState, home: HomeView): void {
    const { home: at, homeSize } = layout;
    const sleeper = home.dwelling === 'couch' || (home.dwelling === 'street' && home.texture === 'street-bench');
    this.still(this.add.image(at.x, at.y, home.texture).setDisplaySize(homeSize, homeSize).setDepth(6));
    if (home.evicted) {
      const size = homeSize * 0.62;
      const spot = layout.props[1] ?? at;
      this.still(
        this.add
          .image(spot.x, layout.street - size / 2, 'boarded-house')
          .setDisplaySize(size, size)
          .setDepth(5),
      );
    }
    if (home.dwelling === 'summons' || home.dwelling === 'ruling') {
      const size = homeSize * (home.dwelling === 'ruling' ? 0.36 : 0.28);
      this.still(
        this.add
          .image(at.x, at.y + homeSize * 0.12, 'eviction-notice')
          .setDisplaySize(size, size)
          .setDepth(7)
          .setAngle(-6),
      );
    }
    if (home.post > 0) {
      const size = Math.min(homeSize * 0.5, homeSize * (0.22 + home.post * 0.04));
      this.still(this.add.image(layout.door.x, layout.door.y, 'post-pile').setOrigin(0.5, 0.8).setDisplaySize(size, size).setDepth(7));
    }
    home.letters
      .filter((l) => l.id !== 'ontruiming')
      .slice(0, 3)
      .forEach((letter, i) => {
        const size = homeSize * 0.2 * Math.min(2, Math.max(1, Math.sqrt(letter.growth)));
        this.still(
          this.add
            .image(layout.door.x + size * 0.4 + i * size * 0.55, layout.door.y - homeSize * 0.3 - i * 6, letter.texture)
            .setDisplaySize(size, size)
            .setDepth(9)
            .setAngle(i * 8 - 6),
        );
      });
    // The members: the first may be the one asleep on the couch or the bench; the rest stand in the street.
    scenario.members.forEach((member, i) => {
      const spot = layout.people[i];
      if (!spot) return;
      const mood = home.moods[i]?.mood ?? 3;
      const drawn = !(sleeper && i === 0);
      if (drawn) this.still(this.person(layout, spot, `person-${avatarOf(member, i)}`, member.role === 'child' ? 0.8 : 1));
      const face = Math.max(14, layout.personHeight * 0.3);
      const head = drawn
        ? { x: spot.x, y: spot.y - layout.personHeight * (member.role === 'child' ? 0.8 : 1) - face * 0.55 }
        : { x: at.x, y: at.y - homeSize * 0.42 };
      this.still(this.add.image(head.x, head.y, `mood-${mood}`).setDisplaySize(face, face).setDepth(10));
    });
    const shown = propsOf(scenario, sim);
    let slot = home.evicted ? 2 : 0;
    for (const kind of PROP_KINDS) {
      if (!shown.has(kind) || kind === 'room' || kind === 'shelter') continue;
      const spot = layout.props[slot];
      slot += 1;
      if (!spot) continue;
      const size = layout.propSize * (kind === 'care' ? 1.3 : 1);
      this.still(this.add.image(spot.x, spot.y, PROP_TEXTURE[kind]).setOrigin(0.5, 1).setDisplaySize(size, size).setDepth(7));
    }
  }

  private positionOf(party: PayerId | 'aanbieder'): { key: string; at: Point } | undefined {
    const key = party === 'aanbieder' ? PROVIDER : BUILDING_OF[party];
    if (key === 'house') return this.layoutOf ? { key, at: this.layoutOf.home } : undefined;
    const building = this.buildings.get(key);
    return building ? { key, at: building.at } : undefined;
  }

  private coin(texture: string, at: Point, size: number): Phaser.GameObjects.Image {
    const coin = this.coinPool.pop() ?? this.add.image(0, 0, texture);
    return coin.setTexture(texture).setPosition(at.x, at.y).setDisplaySize(size, size).setDepth(20).setVisible(true).setAlpha(1);
  }

  /** Money streams from each payer to where it goes: a coin per step of size, a banknote for a large transfer. */
  private flow(layout: StageLayout, entries: readonly LedgerEntry[], visible: ReadonlySet<PayerId> | undefined): void {
    const streams = new Map<string, Stream>();
    for (const e of entries) {
      if (!isPayerVisible(visible, e.from) || (e.to !== 'aanbieder' && !isPayerVisible(visible, e.to))) continue;
      const from = this.positionOf(e.from);
      const to = this.positionOf(e.to);
      if (!from || !to || from.key === to.key) continue;
      const id = `${from.key}>${to.key}:${e.kind}`;
      const stream = streams.get(id) ?? { from: from.at, to: to.at, kind: e.kind, amount: 0 };
      stream.amount += e.amount;
      streams.set(id, stream);
    }
    this.flowsShown = streams.size;
    const size = Math.max(14, layout.buildingSize * 0.28);
    for (const object of this.streamStills) object.destroy();
    this.streamStills.length = 0;
    let budget = MAX_COINS;
    [...streams.values()].forEach((stream, s) => {
      const { from, to } = stream;
      const texture = stream.kind === 'cost' ? 'coin-cost' : stream.amount >= BANKNOTE_FROM ? 'banknote' : 'coin';
      if (this.reducedMotion) {
        // Still: a dotted path and one coin on it say who paid whom this month.
        const g = this.add.graphics().setDepth(4);
        g.fillStyle(0x1f2a44, 0.45);
        for (let f = 0.15; f < 0.9; f += 0.08) g.fillCircle(lerp(from.x, to.x, f), lerp(from.y, to.y, f), 2);
        this.streamStills.push(
          g,
          this.add
            .image(lerp(from.x, to.x, 0.55), lerp(from.y, to.y, 0.55), texture)
            .setDisplaySize(size, size)
            .setDepth(20),
        );
        return;
      }
      const count = Math.min(budget, Math.max(1, Math.min(4, Math.floor(Math.log10(Math.max(1, stream.amount / 100))))));
      budget -= count;
      for (let c = 0; c < count; c += 1) {
        const coin = this.coin(texture, from, texture === 'banknote' ? size * 1.3 : size).setVisible(false);
        this.tweens.add({
          onStart: () => coin.setVisible(true),
          targets: coin,
          x: to.x,
          y: to.y,
          delay: s * 80 + c * 140,
          duration: FLIGHT_MS,
          ease: 'Sine.easeInOut',
          onComplete: () => {
            coin.setVisible(false);
            this.coinPool.push(coin);
          },
        });
      }
    });
  }

  /** A debt that escalated sends its letter from the creditor's building to the door. */
  private flyLetters(layout: StageLayout, letters: readonly Letter[]): void {
    if (this.reducedMotion) return;
    letters.forEach((letter, i) => {
      const from = this.positionOf(letter.from);
      if (!from) return;
      const size = layout.homeSize * 0.26;
      const flying = this.add.image(from.at.x, from.at.y, letter.texture).setDisplaySize(size, size).setDepth(25);
      this.tweens.add({
        targets: flying,
        x: layout.door.x,
        y: layout.door.y - layout.homeSize * 0.2,
        angle: 360,
        delay: 300 + i * 250,
        duration: 1100,
        ease: 'Cubic.easeIn',
        onComplete: () => flying.destroy(),
      });
    });
  }

  /** Tells tests and tools what the canvas shows, since they cannot read a canvas. */
  private publish(view: HubView | undefined): void {
    const state: StageState = {
      lang: currentLang(),
      heading: this.heading.text,
      labels: this.translated.map((l) => l.text.text),
      buildings: [...this.buildings.keys()],
      fogged: [...this.buildings.values()].filter((b) => b.fogged).map((b) => b.key),
      totals: Object.fromEntries([...this.buildings.values()].filter((b) => b.totals?.visible).map((b) => [b.key, b.totals?.text ?? ''])),
      dwelling: view ? (this.home?.dwelling ?? 'house') : 'menu',
      homeTexture: view ? (this.home?.texture ?? 'house') : 'house',
      post: view ? (this.home?.post ?? 0) : 0,
      letters: view ? (this.home?.letters.map((l) => l.texture) ?? []) : [],
      moods: view ? (this.home?.moods.map((m) => m.mood) ?? []) : [],
      evicted: Boolean(view && this.home?.evicted),
      streams: this.flowsShown,
      reducedMotion: this.reducedMotion,
      drawMs: this.drawMs,
      size: { width: this.scale.gameSize.width, height: this.scale.gameSize.height },
    };
    publishStage(state, () => ({ tweens: this.tweens.getTweens().length, sleeping: !this.game.loop.running, dirty: this.dirty }));
    if (this.stage) {
      this.stage.dataset.canvasLang = state.lang;
      this.stage.dataset.canvasHeading = state.heading;
    }
  }
}

const lerp = (a: number, b: number, f: number): number => a + (b - a) * f;

const letterKey = (l: Letter): string => `${l.id}:${l.texture}`;

/** Draws a text smaller when it is wider than its room, so that neighbours' texts never run into each other. */
function fitWidth(text: Phaser.GameObjects.Text, room: number): void {
  text.setScale(1);
  if (text.width > room && room > 0) text.setScale(room / text.width);
}

/** A building's running total in words that say which way the money went. */
function totalLines(sum: { cost: number; transfer: number }): string {
  const lines: string[] = [];
  if (sum.cost !== 0) lines.push(t('stage.cost', { amount: formatMoney(sum.cost, { whole: true }) }));
  if (sum.transfer > 0) lines.push(t('stage.paidOut', { amount: formatMoney(sum.transfer, { whole: true }) }));
  if (sum.transfer < 0) lines.push(t('stage.received', { amount: formatMoney(-sum.transfer, { whole: true }) }));
  return lines.join('\n');
}

function avatarOf(member: Scenario['members'][number], i: number): string {
  return (
    member.avatar ??
    (member.role === 'child' ? (i % 2 ? 'girl' : 'boy') : member.role === 'young-adult' ? 'young-adult' : i % 2 ? 'mother' : 'father')
  );
}

/** What the street shows for the case now: a car the household owns, and the props of the help that runs. */
function propsOf(scenario: Scenario, sim: SimState): Set<PropKind> {
  const shown = new Set<PropKind>();
  if (sim.assets.some((id) => scenario.index.assets.get(id)?.kind === 'car')) shown.add('car');
  for (const r of sim.running) {
    const prop = r.startMonth <= sim.month ? scenario.index.interventions.get(r.id)?.prop : undefined;
    if (prop) shown.add(prop);
  }
  return shown;
}
