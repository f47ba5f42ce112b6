/** Team mode's sign-in and the signed-in officer in the header. */
export const session = {
  'session.title': 'Sign in',
  'session.intro': 'This Lekha is shared by a team. Sign in with the user name and password the secretariat gave you.',
  'session.username': 'User name',
  'session.password': 'Password',
  'session.signIn': 'Sign in',
  'session.signingIn': 'Signing in…',
  'session.signOut': 'Sign out',
  'session.signedInAs': 'Signed-in officer',
  'session.role.secretariat': 'Secretariat',
  'session.role.reporter': 'Agency reporter',
  'session.role.reader': 'Reader',
  'session.readerNote': 'Your account may read only. Ask the secretariat for any change.',
};
