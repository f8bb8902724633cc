/** The local engine's name where its output shows, in place of a provider and model. */
export const LOCAL_ENGINE = { provider: 'local', model: 'crowsnest-local' } as const;
