/**
 * The hall of a class's congress, for the teacher's console and the projector: one Phaser scene that paints
 * the public view it is given with the game's own hall drawing (HallDrawing), the same marks, labels and
 * legend as in the game, at the size of its container. Nothing else: the class's pages keep their controls
 * and their big type in the DOM.
 */
import { Scene, WEBGL } from 'phaser';
import type { Scenario } from '../content/schema';
import type { MatchView } from '../match/view';
import { headingOf } from '../words/narrate';
import { paperGame } from './createView';
import { fitHallCamera, hallCaptions, hallSize, HallDrawing, type HallSize } from './HallDrawing';

class ClassHallScene extends Scene {
  private drawing: HallDrawing | null = null;
  private shown: MatchView | null = null;
  private rings: readonly number[] = [];
  drawn = 0;

  constructor(
    private readonly sc: Scenario,
    private readonly palette: () => string,
  ) {
    super('class-hall');
  }

  create(): void {
    this.drawing = new HallDrawing(this, this.sc, this.palette, this.size());
    this.fitCamera();
    const onResize = () => {
      this.drawing?.resize(this.size());
      this.fitCamera();
      this.paint();
    };
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));
    this.paint();
  }

  show(v: MatchView | null, rings: readonly number[]): void {
    this.shown = v;
    this.rings = rings;
    if (this.drawing) this.paint();
  }

  override update(): void {
    this.drawing?.flush();
  }

  private size(): HallSize {
    return hallSize(this);
  }

  private fitCamera(): void {
    fitHallCamera(this);
  }

  private paint(): void {
    const v = this.shown;
    if (!v || !this.drawing) return;
    this.drawing.setRings(this.rings);
    this.drawn = this.drawing.draw(v.delegates, hallCaptions(this.sc, v, headingOf(this.sc, v.phase), true));
  }
}

export interface ClassHall {
  /** The view to paint, with the delegates the last speech moved ringed in red. */
  show(v: MatchView | null, rings?: readonly number[]): void;
  isWebGL(): boolean;
  /** Delegates drawn at the last painting (for the test hook). */
  drawn(): number;
}

export function createClassHall(parent: HTMLElement, sc: Scenario, palette: () => string): ClassHall {
  const scene = new ClassHallScene(sc, palette);
  const game = paperGame(parent, [scene]);
  return { show: (v, rings = []) => scene.show(v, rings), isWebGL: () => game.renderer?.type === WEBGL, drawn: () => scene.drawn };
}
