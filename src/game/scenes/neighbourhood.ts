import Phaser from 'phaser';
import {
  PAYER_IDS,
  PROP_KINDS,
  isPayerVisible,
  visiblePayers,
  type LedgerEntry,
  type PayerId,
  type PropKind,
  type Scenario,
  type SimState,
} from '../../core';
import { lastMonthOf, phaseOf, type CaseHub, type HubView } from '../../engine';
import { currentLang, onLanguageChanged, t } from '../../services/i18n';
import { ALL_BUILDINGS, BUILDING_OF, PROP_PLACES, buildingsOf, placeBuildings } from '../layout';

const INK = '#1f2a44';
const PAPER = 0xfbf7ef;
const HOUSE = { x: 480, y: 440 };
const PROVIDER = { x: 930, y: 500 };
const STREET = 462;
const FONT = 'Atkinson Hyperlegible, sans-serif';
/** World sizes of the art (textures load at the manifest's size; this is how large they stand in the street). */
const SIZE = { building: 112, house: 146, person: { width: 54, height: 72 }, coin: 26, bigCoin: 38 } as const;

/** Some costs and transfers are far larger than others; their coins are drawn larger. */
const BIG_AMOUNT = 50000;

/**
 * The neighbourhood: the household's house, the payers' buildings around it, and
 * coins flowing between them each month. It subscribes to the case hub and draws
 * what the scenario says to draw (its assets' kinds and its interventions' props);
 * it never changes the case. Its texts come from i18next and follow a language switch.
 */
export class NeighbourhoodScene extends Phaser.Scene {
  private hub!: CaseHub;
  private stage: HTMLElement | undefined;
  private reducedMotion = false;
  private scenarioKey = '';
  private lastMonth = -1;
  private readonly buildings = new Map<string, Phaser.GameObjects.Container>();
  /** Texts drawn from locale keys: the legend's stay, the buildings' go with the case. */
  private readonly labels: { readonly text: Phaser.GameObjects.Text; readonly key: string }[] = [];
  private buildingLabels: { readonly text: Phaser.GameObjects.Text; readonly key: string }[] = [];
  private hud!: Phaser.GameObjects.Text;
  private people: Phaser.GameObjects.Image[] = [];
  private readonly props = new Map<PropKind, Phaser.GameObjects.Image>();

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
    this.drawBackdrop();
    this.drawLegend();
    this.hud = this.add
      .text(480, 4, '', { fontFamily: FONT, fontSize: '20px', color: INK, backgroundColor: '#fbf7efdd', padding: { x: 8, y: 2 } })
      .setOrigin(0.5, 0)
      .setDepth(10);
    const unsubscribe = this.hub.subscribe((view) => this.show(view));
    const stopListening = onLanguageChanged(() => this.relabel());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      stopListening();
    });
    this.show(this.hub.view());
    this.noteLanguage();
  }

  private drawBackdrop(): void {
    const g = this.add.graphics();
    g.fillGradientStyle(0xa8dadc, 0xa8dadc, PAPER, PAPER, 1);
    g.fillRect(0, 0, 960, 400);
    g.fillStyle(0x6a994e, 1);
    g.fillRect(0, 380, 960, 160);
    g.fillStyle(0xd9d4c7, 1);
    g.fillRoundedRect(0, 470, 960, 26, 4);
    g.lineStyle(2, 0xfbf7ef, 0.8);
    for (let x = 10; x < 960; x += 60) g.lineBetween(x, 483, x + 30, 483);
  }

  /** A text whose words come from a locale key, so it can be redrawn in the other language. */
  private label(
    into: { readonly text: Phaser.GameObjects.Text; readonly key: string }[],
    at: { readonly x: number; readonly y: number },
    key: string,
    style: Phaser.Types.GameObjects.Text.TextStyle,
  ): Phaser.GameObjects.Text {
    const text = this.add.text(at.x, at.y, t(key), style);
    into.push({ text, key });
    return text;
  }

  /** What the coins mean, drawn under the street: costs and transfers differ in shape, not only in colour. */
  private drawLegend(): void {
    const style = { fontFamily: FONT, fontSize: '15px', color: '#fbf7ef' };
    this.add.rectangle(480, 518, 960, 44, 0x1f2a44);
    this.add.image(40, 516, 'coin-cost').setDisplaySize(20, 20);
    this.label(this.labels, { x: 58, y: 506 }, 'canvas.legendCost', style);
    this.add.image(420, 516, 'coin').setDisplaySize(16, 16);
    this.label(this.labels, { x: 436, y: 506 }, 'canvas.legendTransfer', style);
  }

  /** Redraws every text in the current language. */
  private relabel(): void {
    for (const { text, key } of [...this.labels, ...this.buildingLabels]) text.setText(t(key));
    this.showHeading(this.hub.view());
    this.noteLanguage();
  }

  /** The stage says which language the canvas shows, for tools and tests that cannot read a canvas. */
  private noteLanguage(): void {
    if (!this.stage) return;
    this.stage.dataset.canvasLang = currentLang();
    this.stage.dataset.canvasHeading = this.hud.text;
  }

  private showHeading(view: HubView | undefined): void {
    if (!view) {
      this.hud.setText(t('canvas.menu'));
      return;
    }
    const months = view.scenario.months;
    this.hud.setText(t('canvas.month', { month: Math.min(view.snapshot.context.play.sim.month + 1, months), months }));
  }

  private show(view: HubView | undefined): void {
    this.showHeading(view);
    this.noteLanguage();
    if (!view) {
      if (this.scenarioKey !== 'menu') this.buildMenu();
      return;
    }
    const { scenario, snapshot } = view;
    const key = `${scenario.id}@${scenario.version}`;
    if (key !== this.scenarioKey) this.buildCase(view);
    const { play, mode } = snapshot.context;
    const phase = phaseOf(snapshot);
    // Own-budget mode: the other payers stay in fog until the outcome reveals them.
    const visible = visiblePayers(scenario, mode, phase === 'outcome' || phase === 'debrief');
    const clear = new Set<string>(['house']);
    for (const payer of PAYER_IDS) if (isPayerVisible(visible, payer)) clear.add(BUILDING_OF[payer]);
    for (const [building, container] of this.buildings) container.setAlpha(clear.has(building) ? 1 : 0.28);
    const shown = propsOf(scenario, play.sim);
    for (const [kind, image] of this.props) image.setVisible(shown.has(kind));
    if (play.sim.month !== this.lastMonth) {
      this.lastMonth = play.sim.month;
      this.flow(lastMonthOf(play).entries, visible);
    }
  }

  private clearCase(): void {
    for (const c of this.buildings.values()) c.destroy();
    this.buildings.clear();
    this.buildingLabels = [];
    for (const p of this.people) p.destroy();
    this.people = [];
    for (const image of this.props.values()) image.destroy();
    this.props.clear();
    this.scenarioKey = '';
    this.lastMonth = -1;
  }

  /** The menu shows the whole neighbourhood: every payer's building around an empty house. */
  private buildMenu(): void {
    this.clearCase();
    this.scenarioKey = 'menu';
    this.placeBuildings(ALL_BUILDINGS);
    this.buildings.set('house', this.add.container(HOUSE.x, HOUSE.y - 80, [this.house()]));
    this.people.push(this.person(HOUSE.x - 120, 'person-professional', 1));
  }

  private house(): Phaser.GameObjects.Image {
    return this.add.image(0, 0, 'house').setDisplaySize(SIZE.house, SIZE.house);
  }

  private person(x: number, texture: string, scale: number): Phaser.GameObjects.Image {
    return this.add
      .image(x, 452, texture)
      .setOrigin(0.5, 1)
      .setDisplaySize(SIZE.person.width * scale, SIZE.person.height * scale);
  }

  private placeBuildings(keys: readonly string[]): void {
    const places = placeBuildings(keys);
    // A crowded street gets smaller buildings so neighbours in a row never overlap.
    const size = SIZE.building * (keys.length > 8 ? 0.72 : 1);
    for (const key of keys) {
      const at = places.get(key);
      if (!at) continue;
      const label = this.label(this.buildingLabels, { x: 0, y: size * 0.55 }, `canvas.building.${key}`, {
        fontFamily: FONT,
        fontSize: '15px',
        color: INK,
        backgroundColor: '#fbf7efcc',
        padding: { x: 4, y: 2 },
      }).setOrigin(0.5, 0);
      const image = this.add.image(0, 0, key).setDisplaySize(size, size);
      this.buildings.set(key, this.add.container(at.x, at.y - 40, [image, label]));
    }
  }

  private buildCase(view: HubView): void {
    this.clearCase();
    this.scenarioKey = `${view.scenario.id}@${view.scenario.version}`;
    this.placeBuildings(buildingsOf(view.scenario));
    this.buildings.set('house', this.add.container(HOUSE.x, HOUSE.y - 80, [this.house()]));
    view.scenario.members.forEach((m, i) => {
      const avatar =
        m.avatar ??
        (m.role === 'child' ? (i % 2 ? 'girl' : 'boy') : m.role === 'young-adult' ? 'young-adult' : i % 2 ? 'mother' : 'father');
      this.people.push(this.person(HOUSE.x - 200 + i * 48, `person-${avatar}`, m.role === 'child' ? 0.8 : 1));
    });
    for (const kind of PROP_KINDS) {
      const place = PROP_PLACES[kind];
      this.props.set(
        kind,
        this.add.image(place.x, STREET, place.texture).setOrigin(0.5, 1).setDisplaySize(place.size, place.size).setVisible(false),
      );
    }
  }

  private positionOf(party: PayerId | 'aanbieder'): { x: number; y: number } {
    if (party === 'aanbieder') return PROVIDER;
    const container = this.buildings.get(BUILDING_OF[party]);
    return container ? { x: container.x, y: container.y } : HOUSE;
  }

  /** Coins fly from who pays to who receives; in own-budget mode only coins between payers the player sees. */
  private flow(entries: readonly LedgerEntry[], visible: ReadonlySet<PayerId> | undefined): void {
    const shown = entries
      .filter((e) => isPayerVisible(visible, e.from) && (e.to === 'aanbieder' || isPayerVisible(visible, e.to)))
      .slice(0, 14);
    shown.forEach((entry, i) => {
      const from = this.positionOf(entry.from);
      const to = this.positionOf(entry.to);
      const size = entry.amount > BIG_AMOUNT ? SIZE.bigCoin : SIZE.coin;
      const coin = this.add
        .image(from.x, from.y, entry.kind === 'cost' ? 'coin-cost' : 'coin')
        .setDisplaySize(size, size)
        .setDepth(20);
      if (this.reducedMotion) {
        coin.setPosition(to.x, to.y);
        this.time.delayedCall(600, () => coin.destroy());
        return;
      }
      this.tweens.add({
        targets: coin,
        x: to.x,
        y: to.y,
        delay: i * 70,
        duration: 700,
        ease: 'Sine.easeInOut',
        onComplete: () => coin.destroy(),
      });
    });
  }
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
