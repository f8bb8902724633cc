import type { ProviderConfig } from './types';

/**
 * Model names that take images on OpenAI and on the common OpenAI-compatible servers
 * (OpenRouter ids carry the vendor's model name; Ollama and vLLM the open model's). A name
 * test, so an unknown model counts as text-only: it is never sent an image it would refuse.
 */
const OPENAI_COMPATIBLE_VISION =
  /gpt-4o|gpt-4\.1|gpt-4\.5|gpt-4-turbo|gpt-5|(^|\/)o[134](?!-mini)|o4-mini|vision|llava|bakllava|pixtral|gemma-?[34]|llama-?4|qwen[\w.-]*vl|minicpm-v|moondream|claude|gemini/i;

/** Whether the configured model can look at images (and so whether its provider has analyzeMedia). */
export function visionCapable(config: Pick<ProviderConfig, 'kind' | 'model'>): boolean {
  switch (config.kind) {
    // Every Gemini generation model is multimodal; the embedding models are not.
    case 'gemini':
      return !/embedding/i.test(config.model);
    // Every current Claude model (3 and later) reads images.
    case 'anthropic':
      return true;
    case 'openai':
      return OPENAI_COMPATIBLE_VISION.test(config.model);
    // The binding's default text models take no images; its vision models have their own input shapes.
    case 'workers-ai':
      return false;
  }
}
