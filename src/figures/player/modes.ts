/** Where a figure is shown. Article, present and embed use the player; notes and handout have their own surface. */
export type FigureMode = 'article' | 'present' | 'embed' | 'notes' | 'handout';
