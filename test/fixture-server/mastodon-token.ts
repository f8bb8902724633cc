/** The access token of the one account on every instance of the fixture Mastodon (shared by the server and the Workers tests). */
export const MASTODON_TOKEN = 'recorded-account-token';
