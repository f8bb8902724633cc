import { analyzeContent } from '../worker/features/content/analysis/analyze-content';

/** Consumer of the analyze queue: analysis of new and changed content. */
export const analyzeHandlers = {
  'content.analyze': analyzeContent,
};
