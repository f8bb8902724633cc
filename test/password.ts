/** The password of every test account (signed up over HTTP or seeded). */
export const PASSWORD = 'correct horse battery staple';
