/**
 * Anthropic's Messages API. JSON answers come through a forced tool call: the schema is the
 * tool's input_schema and tool_choice names the tool, so the answer arrives as the tool's
 * already-parsed `input` (the documented way to get JSON of a given shape).
 * https://docs.anthropic.com/en/api/messages
 */
import { z } from 'zod';
import { AuthExpired, BadRequest, Unavailable } from '../../core/outbound/errors';
import type { AiProvider, MediaPart, ProviderFactory, TextRequest, TextResult } from './types';
import { base64, checkImages, joinUrl, postJson, readAnswer } from './wire';

export const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';
const API_VERSION = '2023-06-01';
/** max_tokens is required; enough for a long article, and every current model allows it. */
const DEFAULT_MAX_TOKENS = 4096;
const TOOL = 'answer';
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/** Text and tool_use blocks carry the answer; other kinds (thinking, server tools) nothing for us. */
const Block = z.object({
  type: z.string(),
  text: z.string().optional(),
  name: z.string().optional(),
  input: z.unknown().optional(),
});

const MessageAnswer = z.object({
  model: z.string(),
  content: z.array(Block),
  stop_reason: z.string().nullish(),
  usage: z.object({ input_tokens: z.number(), output_tokens: z.number() }),
});
type Answer = z.infer<typeof MessageAnswer>;

type ImageBlock = { type: 'image'; source: { type: 'base64'; media_type: string; data: string } };

function imageBlock(part: MediaPart): ImageBlock {
  return { type: 'image', source: { type: 'base64', media_type: part.mimeType, data: base64(part.bytes) } };
}

function answerText(answer: Answer, json: boolean): string {
  if (!json) return answer.content.map((block) => (block.type === 'text' ? (block.text ?? '') : '')).join('');
  const call = answer.content.find((block) => block.type === 'tool_use' && block.name === TOOL);
  if (call?.input === undefined) throw new Unavailable('Anthropic answered without the requested JSON.');
  return JSON.stringify(call.input);
}

export const anthropicProvider: ProviderFactory = (config, deps) => {
  if (!config.apiKey) throw new AuthExpired('Anthropic needs an API key.');
  const url = joinUrl(config.baseUrl || ANTHROPIC_BASE_URL, '/v1/messages');
  const headers = { 'x-api-key': config.apiKey, 'anthropic-version': API_VERSION };

  async function messages(request: TextRequest, images: ImageBlock[]): Promise<TextResult> {
    const json = request.jsonSchema !== undefined;
    const res = await postJson(deps.fetch, url, headers, {
      model: config.model,
      max_tokens: request.maxOutputTokens ?? DEFAULT_MAX_TOKENS,
      ...(request.system ? { system: request.system } : {}),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      // Images before the text: Anthropic's advice for the best results.
      messages: [{ role: 'user', content: [...images, { type: 'text', text: request.prompt }] }],
      ...(json
        ? {
            tools: [
              { name: TOOL, description: 'Give the answer in exactly this shape.', input_schema: request.jsonSchema },
            ],
            tool_choice: { type: 'tool', name: TOOL },
          }
        : {}),
    });
    const answer = await readAnswer(res, MessageAnswer, 'Anthropic');
    if (answer.stop_reason === 'refusal') throw new BadRequest('Anthropic declined to answer this request.');
    return {
      text: answerText(answer, json),
      usage: { inputTokens: answer.usage.input_tokens, outputTokens: answer.usage.output_tokens },
      model: answer.model,
    };
  }

  const provider: AiProvider = {
    kind: 'anthropic',
    model: config.model,
    generateText: (request) => messages(request, []),
    analyzeMedia: async (request) => {
      checkImages(request.media, IMAGE_TYPES, 'Anthropic');
      return messages(request, request.media.map(imageBlock));
    },
  };
  return provider;
};
