import Phaser from 'phaser';
import type { LedgerEntry, PayerId } from '../../core';
import type { CaseHub, HubView } from '../../engine';
import { BUILDING_OF, buildingsOf, placeBuildings } from '../layout';

const INK = '#1f2a44';
const PAPER = 0xfbf7ef;
const HOUSE = { x: 480, y: 440 };
const PROVIDER = { x: 930, y: 500 };

const BUILDING_LABEL: Record<string, { nl: string; en: string }> = {
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  zorgverzekeraar: { nl: 'Zorgverzekeraar', en: 'Health insurer' },
  zorgkantoor: { nl: 'Zorgkantoor', en: 'Care office' },
  belastingdienst: { nl: 'Belastingdienst', en: 'Tax office' },
  cjib: { nl: 'CJIB', en: 'CJIB' },
  justitie: { nl: 'Justitie', en: 'Justice' },
  uwv: { nl: 'UWV', en: 'UWV' },
  woningcorporatie: { nl: 'Corporatie', en: 'Housing corp.' },
  school: { nl: 'School', en: 'School' },
  energie: { nl: 'Energie', en: 'Energy' },
  telecom: { nl: 'Telecom', en: 'Telecom' },
  schuldeisers: { nl: 'Schuldeisers', en: 'Creditors' },
  werkgever: { nl: 'Werkgever', en: 'Employer' },
};

/**
 * The neighbourhood: the household's house, the payers' buildings around it, and
 * coins flowing between them each month. It subscribes to the case hub and draws;
 * it never changes the case.
 */
export class NeighbourhoodScene extends Phaser.Scene {
  private hub!: CaseHub;
  private lang: () => 'nl' | 'en' = () => 'nl';
  private reducedMotion = false;
  private scenarioKey = '';
  private lastMonth = -1;
  private readonly buildings = new Map<string, Phaser.GameObjects.Container>();
  private hud!: Phaser.GameObjects.Text;
  private people: Phaser.GameObjects.Image[] = [];
  private car: Phaser.GameObjects.Image | undefined;
  private taxi: Phaser.GameObjects.Image | undefined;

  constructor() {
    super('neighbourhood');
  }

  init(): void {
    this.lang = (this.registry.get('lang') as (() => 'nl' | 'en') | undefined) ?? this.lang;
    this.reducedMotion = Boolean(this.registry.get('reducedMotion'));
  }

  create(): void {
    this.hub = this.registry.get('hub') as CaseHub;
    this.drawBackdrop();
    this.drawLegend();
    this.hud = this.add
      .text(480, 4, '', {
        fontFamily: 'Atkinson Hyperlegible, sans-serif',
        fontSize: '20px',
        color: INK,
        backgroundColor: '#fbf7efdd',
        padding: { x: 8, y: 2 },
      })
      .setOrigin(0.5, 0)
      .setDepth(10);
    const unsubscribe = this.hub.subscribe((view) => this.show(view));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    this.show(this.hub.view());
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

  /** What the coins mean, drawn under the street (colour is never the only cue: the shapes differ too). */
  private drawLegend(): void {
    const en = this.lang() === 'en';
    const style = { fontFamily: 'Atkinson Hyperlegible, sans-serif', fontSize: '15px', color: '#fbf7ef' };
    this.add.rectangle(480, 518, 960, 44, 0x1f2a44);
    this.add.image(40, 516, 'coin').setScale(0.4).setTint(0xf4a261);
    this.add.text(58, 506, en ? 'cost: care, service or time used up' : 'kosten: zorg, dienst of tijd verbruikt', style);
    this.add.image(420, 516, 'coin').setScale(0.3);
    this.add.text(436, 506, en ? 'transfer: money only moves' : 'overdracht: geld verschuift alleen', style);
  }

  private show(view: HubView | undefined): void {
    if (!view) {
      if (this.scenarioKey !== 'menu') this.buildMenu();
      this.hud.setText(this.lang() === 'en' ? 'Who pays? The neighbourhood' : 'Wie betaalt? De wijk');
      return;
    }
    const key = `${view.scenario.id}@${view.scenario.version}`;
    if (key !== this.scenarioKey) this.buildCase(view);
    const { sim, lastEntries, mode } = view.snapshot.context;
    const phase = view.snapshot.value as string;
    const months = view.scenario.months;
    const shown = Math.min(sim.month + 1, months);
    this.hud.setText(this.lang() === 'en' ? `Month ${shown} of ${months}` : `Maand ${shown} van ${months}`);
    const fogged = mode === 'own' && phase !== 'outcome' && phase !== 'debrief' && view.scenario.ownBudget;
    for (const [bkey, container] of this.buildings) {
      const own = bkey === 'house' || (view.scenario.ownBudget ? BUILDING_OF[view.scenario.ownBudget.payer] === bkey : true);
      container.setAlpha(fogged && !own ? 0.28 : 1);
    }
    this.car?.setVisible(sim.assets.includes('auto'));
    this.taxi?.setVisible(sim.running.some((r) => r.id.includes('taxi') && r.startMonth <= sim.month));
    if (sim.month !== this.lastMonth) {
      this.lastMonth = sim.month;
      this.flow(lastEntries, Boolean(fogged), view.scenario.ownBudget?.payer);
    }
  }

  private clearCase(): void {
    for (const c of this.buildings.values()) c.destroy();
    this.buildings.clear();
    for (const p of this.people) p.destroy();
    this.people = [];
    this.car?.destroy();
    this.taxi?.destroy();
    this.car = undefined;
    this.taxi = undefined;
    this.scenarioKey = '';
    this.lastMonth = -1;
  }

  /** The menu shows the whole neighbourhood: every payer's building around an empty house. */
  private buildMenu(): void {
    this.clearCase();
    this.scenarioKey = 'menu';
    this.placeBuildings(Object.keys(BUILDING_LABEL));
    this.buildings.set('house', this.add.container(HOUSE.x, HOUSE.y - 80, [this.add.image(0, 0, 'house').setScale(1.3)]));
    this.people.push(this.add.image(HOUSE.x - 120, 452, 'person-professional').setOrigin(0.5, 1));
  }

  private placeBuildings(keys: readonly string[]): void {
    const places = placeBuildings(keys);
    // A crowded street gets smaller buildings so neighbours in a row never overlap.
    const scale = keys.length > 8 ? 0.72 : 1;
    for (const key of keys) {
      const at = places.get(key);
      if (!at) continue;
      const label = this.add
        .text(0, 62 * scale, BUILDING_LABEL[key]?.[this.lang()] ?? key, {
          fontFamily: 'Atkinson Hyperlegible, sans-serif',
          fontSize: '15px',
          color: INK,
          backgroundColor: '#fbf7efcc',
          padding: { x: 4, y: 2 },
        })
        .setOrigin(0.5, 0);
      this.buildings.set(key, this.add.container(at.x, at.y - 40, [this.add.image(0, 0, key).setOrigin(0.5, 0.5).setScale(scale), label]));
    }
  }

  private buildCase(view: HubView): void {
    this.clearCase();
    this.scenarioKey = `${view.scenario.id}@${view.scenario.version}`;
    this.placeBuildings(buildingsOf(view.scenario));
    const house = this.add.container(HOUSE.x, HOUSE.y - 80, [this.add.image(0, 0, 'house').setScale(1.3)]);
    this.buildings.set('house', house);
    view.scenario.members.forEach((m, i) => {
      const avatar =
        m.avatar ??
        (m.role === 'child' ? (i % 2 ? 'girl' : 'boy') : m.role === 'young-adult' ? 'young-adult' : i % 2 ? 'mother' : 'father');
      const x = HOUSE.x - 200 + i * 48;
      this.people.push(
        this.add
          .image(x, 452, `person-${avatar}`)
          .setOrigin(0.5, 1)
          .setScale(m.role === 'child' ? 0.8 : 1),
      );
    });
    this.car = this.add
      .image(HOUSE.x + 120, 462, 'car')
      .setOrigin(0.5, 1)
      .setVisible(false);
    this.taxi = this.add
      .image(HOUSE.x + 170, 462, 'taxi')
      .setOrigin(0.5, 1)
      .setVisible(false);
  }

  private positionOf(party: PayerId | 'aanbieder'): { x: number; y: number } {
    if (party === 'aanbieder') return PROVIDER;
    const container = this.buildings.get(BUILDING_OF[party]);
    return container ? { x: container.x, y: container.y } : HOUSE;
  }

  /** Coins fly from who pays to who receives; in own-budget mode only the own desk's coins show. */
  private flow(entries: readonly LedgerEntry[], fogged: boolean, own: PayerId | undefined): void {
    const shown = entries.filter((e) => !fogged || e.from === own || e.to === own).slice(0, 14);
    shown.forEach((entry, i) => {
      const from = this.positionOf(entry.from);
      const to = this.positionOf(entry.to);
      const coin = this.add
        .image(from.x, from.y, 'coin')
        .setScale(entry.amount > 50000 ? 0.8 : 0.55)
        .setDepth(20);
      if (entry.kind === 'cost') coin.setTint(0xf4a261);
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
