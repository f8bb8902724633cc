import { analyzeContent } from '../worker/services/analysis/analyze-content';

/** Consumer of the analyze queue: analysis of new and changed content. */
export const analyzeHandlers = {
  'content.analyze': analyzeContent,
};
