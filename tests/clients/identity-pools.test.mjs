// Identity pools end to end with the real @aws-sdk/client-cognito-identity: the photo app of the brief. Users sign
// in to a user pool, trade their ID token for an identity and temporary credentials, sign requests with those
// credentials (@smithy/signature-v4), and POST /authorize says what the role's policy allows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateIdentityPoolCommand,
  DeleteIdentityPoolCommand,
  DescribeIdentityCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  GetOpenIdTokenCommand,
  GetOpenIdTokenForDeveloperIdentityCommand,
  LookupDeveloperIdentityCommand,
  SetIdentityPoolRolesCommand,
  ListIdentitiesCommand,
} from '@aws-sdk/client-cognito-identity';
import { AdminUserGlobalSignOutCommand } from '@aws-sdk/client-cognito-identity-provider';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { endpoint, region, rejectionOf, uniqueName } from './support/cognito.mjs';
import {
  authorize, iam, identity, idp, ownPhotosPolicy, publicOnlyPolicy, roleFor, userPoolWithUsers,
} from './support/identity.mjs';

async function photoApp(t, { users = 2, ...pool } = {}) {
  const userPool = await userPoolWithUsers(t, users);
  const created = await identity.send(new CreateIdentityPoolCommand({
    IdentityPoolName: uniqueName('photos').replace(/-/g, '_'),
    AllowUnauthenticatedIdentities: true,
    CognitoIdentityProviders: [{ ProviderName: userPool.providerName, ClientId: userPool.clientId }],
    ...pool,
  }));
  const identityPoolId = created.IdentityPoolId;
  t.after(() => identity.send(new DeleteIdentityPoolCommand({ IdentityPoolId: identityPoolId })).catch(() => {}));
  const authenticated = await roleFor(identityPoolId, 'authenticated', ownPhotosPolicy);
  const unauthenticated = await roleFor(identityPoolId, 'unauthenticated', publicOnlyPolicy);
  await identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId, Roles: { authenticated, unauthenticated } }));
  const loginsOf = (user) => ({ [userPool.providerName]: user.idToken });
  return { ...userPool, identityPoolId, authenticated, unauthenticated, loginsOf };
}

test('a signed-in user reads and writes only their own photos with the credentials of their identity', async (t) => {
  const app = await photoApp(t);
  const [alice, bob] = app.users;

  const { IdentityId: aliceId } = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(alice) }));
  const again = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(alice) }));
  assert.equal(again.IdentityId, aliceId, 'one login, one identity');
  const { IdentityId: bobId } = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(bob) }));
  assert.notEqual(bobId, aliceId);
  assert.match(aliceId, /^us-east-1:[0-9a-f-]{36}$/);

  const issued = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId: aliceId, Logins: app.loginsOf(alice) }));
  assert.equal(issued.IdentityId, aliceId);
  const credentials = issued.Credentials;
  assert.match(credentials.AccessKeyId, /^ASIA[A-Z2-7]{16}$/);
  assert.equal(credentials.SecretKey.length, 40);
  assert.ok(credentials.SessionToken.length > 100);
  const lifetime = credentials.Expiration.getTime() - Date.now();
  assert.ok(lifetime > 59 * 60_000 && lifetime <= 60 * 60_000 + 5_000, `expires in about an hour, not ${lifetime} ms`);

  const own = await authorize(credentials, { action: 's3:GetObject', resource: `arn:aws:s3:::photos/${aliceId}/cat.jpg` });
  assert.equal(own.status, 200, JSON.stringify(own.body));
  assert.equal(own.body.decision, 'Allow');
  assert.equal(own.body.principal.roleArn, app.authenticated);
  assert.deepEqual(own.body.principal.variables['cognito-identity.amazonaws.com:sub'], [aliceId]);
  const write = await authorize(credentials, { action: 's3:PutObject', resource: `arn:aws:s3:::photos/${aliceId}/new.jpg` });
  assert.equal(write.body.decision, 'Allow');
  const others = await authorize(credentials, { action: 's3:GetObject', resource: `arn:aws:s3:::photos/${bobId}/cat.jpg` });
  assert.equal(others.status, 200);
  assert.equal(others.body.decision, 'ImplicitDeny');
  assert.equal(others.body.allowed, false);
  const deleteOwn = await authorize(credentials, { action: 's3:DeleteObject', resource: `arn:aws:s3:::photos/${aliceId}/cat.jpg` });
  assert.equal(deleteOwn.body.decision, 'ImplicitDeny', 'only the actions the policy names');

  const table = 'arn:aws:dynamodb:us-east-1:000000000000:table/Photos';
  const ownRows = await authorize(credentials, { action: 'dynamodb:GetItem', resource: table, context: { 'dynamodb:LeadingKeys': [aliceId] } });
  assert.equal(ownRows.body.decision, 'Allow');
  const otherRows = await authorize(credentials, { action: 'dynamodb:GetItem', resource: table, context: { 'dynamodb:LeadingKeys': [bobId] } });
  assert.equal(otherRows.body.decision, 'ImplicitDeny');
  const spoofed = await authorize(credentials, {
    action: 's3:GetObject',
    resource: `arn:aws:s3:::photos/${bobId}/cat.jpg`,
    context: { 'cognito-identity.amazonaws.com:sub': [bobId] },
  });
  assert.equal(spoofed.body.decision, 'ImplicitDeny', 'the caller cannot set the principal\'s own keys');

  const described = await identity.send(new DescribeIdentityCommand({ IdentityId: aliceId }));
  assert.deepEqual(described.Logins, [app.providerName]);
});

test('requests with altered, foreign or stale signatures are refused by /authorize', async (t) => {
  const app = await photoApp(t, { users: 1 });
  const [alice] = app.users;
  const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(alice) }));
  const { Credentials } = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins: app.loginsOf(alice) }));
  const resource = `arn:aws:s3:::photos/${IdentityId}/cat.jpg`;

  const forgedToken = await authorize(Credentials, {
    action: 's3:GetObject', resource, tamper: (h) => { h['x-amz-security-token'] = `${h['x-amz-security-token'].slice(0, -4)}AAAA`; },
  });
  assert.equal(forgedToken.status, 403);
  assert.equal(forgedToken.body.__type, 'UnrecognizedClientException');

  const wrongSecret = await authorize({ ...Credentials, SecretKey: 'x'.repeat(40) }, { action: 's3:GetObject', resource });
  assert.equal(wrongSecret.status, 403);
  assert.equal(wrongSecret.body.__type, 'InvalidSignatureException');

  const stale = await authorize(Credentials, {
    action: 's3:GetObject',
    resource,
    tamper: (h) => {
      const old = new Date(Date.now() - 10 * 60_000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
      h['x-amz-date'] = old;
    },
  });
  assert.equal(stale.status, 403, 'a signature older than five minutes is refused');

  const noToken = await authorize(Credentials, { action: 's3:GetObject', resource, tamper: (h) => { delete h['x-amz-security-token']; } });
  assert.equal(noToken.status, 403);
});

test('a guest gets the unauthenticated role, and keeps the same identity when signing in', async (t) => {
  const app = await photoApp(t, { users: 1 });
  const [alice] = app.users;
  const { IdentityId: guestId } = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId }));
  const guest = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId: guestId }));
  const publicRead = await authorize(guest.Credentials, { action: 's3:GetObject', resource: 'arn:aws:s3:::public/logo.png' });
  assert.equal(publicRead.body.decision, 'Allow');
  assert.equal(publicRead.body.principal.roleArn, app.unauthenticated);
  const privateRead = await authorize(guest.Credentials, { action: 's3:GetObject', resource: `arn:aws:s3:::photos/${guestId}/cat.jpg` });
  assert.equal(privateRead.body.decision, 'ImplicitDeny');

  const signedIn = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId: guestId, Logins: app.loginsOf(alice) }));
  assert.equal(signedIn.IdentityId, guestId, 'the guest identity becomes the signed-in one');
  const own = await authorize(signedIn.Credentials, { action: 's3:GetObject', resource: `arn:aws:s3:::photos/${guestId}/cat.jpg` });
  assert.equal(own.body.decision, 'Allow');
  const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(alice) }));
  assert.equal(IdentityId, guestId);

  const asGuestAgain = await rejectionOf(() => identity.send(new GetCredentialsForIdentityCommand({ IdentityId: guestId })));
  assert.equal(asGuestAgain.name, 'NotAuthorizedException', 'an authenticated identity needs its login');
});

test('guests are refused where the pool does not allow them, and bad logins are refused', async (t) => {
  const app = await photoApp(t, { users: 1, AllowUnauthenticatedIdentities: false });
  const noGuests = await rejectionOf(() => identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId })));
  assert.equal(noGuests.name, 'NotAuthorizedException');

  const [alice] = app.users;
  const [header, payload] = alice.idToken.split('.');
  const forged = await rejectionOf(() => identity.send(new GetIdCommand({
    IdentityPoolId: app.identityPoolId, Logins: { [app.providerName]: `${header}.${payload}.AAAA` },
  })));
  assert.equal(forged.name, 'NotAuthorizedException');

  const otherProvider = await rejectionOf(() => identity.send(new GetIdCommand({
    IdentityPoolId: app.identityPoolId, Logins: { 'graph.facebook.com': 'token' },
  })));
  assert.equal(otherProvider.name, 'NotAuthorizedException');

  const unknownPool = await rejectionOf(() => identity.send(new GetIdCommand({ IdentityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000' })));
  assert.equal(unknownPool.name, 'ResourceNotFoundException');

  await idp.send(new AdminUserGlobalSignOutCommand({ UserPoolId: app.poolId, Username: alice.username }));
  await new Promise((r) => setTimeout(r, 1100));
  const revoked = await rejectionOf(() => identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(alice) })));
  assert.equal(revoked.name, 'NotAuthorizedException', 'a signed-out user\'s ID token is no longer accepted');
});

test('developer-authenticated identities: the backend vouches, the app trades the token for credentials', async (t) => {
  const app = await photoApp(t, { users: 0, DeveloperProviderName: 'login.photos.example' });
  const issued = await identity.send(new GetOpenIdTokenForDeveloperIdentityCommand({
    IdentityPoolId: app.identityPoolId, Logins: { 'login.photos.example': 'dev-user-1' }, TokenDuration: 600,
  }));
  assert.match(issued.IdentityId, /^us-east-1:/);
  const again = await identity.send(new GetOpenIdTokenForDeveloperIdentityCommand({
    IdentityPoolId: app.identityPoolId, Logins: { 'login.photos.example': 'dev-user-1' },
  }));
  assert.equal(again.IdentityId, issued.IdentityId);

  const { Credentials } = await identity.send(new GetCredentialsForIdentityCommand({
    IdentityId: issued.IdentityId, Logins: { 'cognito-identity.amazonaws.com': issued.Token },
  }));
  const own = await authorize(Credentials, { action: 's3:GetObject', resource: `arn:aws:s3:::photos/${issued.IdentityId}/a.jpg` });
  assert.equal(own.body.decision, 'Allow');
  assert.ok(own.body.principal.variables['cognito-identity.amazonaws.com:amr'].includes('login.photos.example'));

  const lookup = await identity.send(new LookupDeveloperIdentityCommand({ IdentityPoolId: app.identityPoolId, DeveloperUserIdentifier: 'dev-user-1' }));
  assert.equal(lookup.IdentityId, issued.IdentityId);
  assert.deepEqual(lookup.DeveloperUserIdentifierList, ['dev-user-1']);

  const unsigned = await rejectionOf(() => new (identity.constructor)({
    endpoint: identity.config.endpoint, region: 'us-east-1', maxAttempts: 1,
    credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'nope' },
  }).send(new GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId: app.identityPoolId, Logins: { 'login.photos.example': 'x' } })));
  assert.equal(unsigned.name, 'UnrecognizedClientException', 'only the admin key may vouch for developer users');
  const listed = await identity.send(new ListIdentitiesCommand({ IdentityPoolId: app.identityPoolId, MaxResults: 10 }));
  assert.ok(listed.Identities.some((i) => i.IdentityId === issued.IdentityId));
});

test('role rules pick a role from the token\'s claims; no match with Deny refuses credentials', async (t) => {
  const app = await photoApp(t, { users: 2 });
  const [alice, bob] = app.users;
  const editors = await roleFor(app.identityPoolId, 'authenticated', publicOnlyPolicy);
  await identity.send(new SetIdentityPoolRolesCommand({
    IdentityPoolId: app.identityPoolId,
    Roles: { authenticated: app.authenticated, unauthenticated: app.unauthenticated },
    RoleMappings: {
      [`${app.providerName}:${app.clientId}`]: {
        Type: 'Rules',
        AmbiguousRoleResolution: 'Deny',
        RulesConfiguration: { Rules: [{ Claim: 'cognito:username', MatchType: 'Equals', Value: alice.username, RoleARN: editors }] },
      },
    },
  }));
  await new Promise((r) => setTimeout(r, 600));
  const { IdentityId: aliceId } = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(alice) }));
  const aliceCredentials = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId: aliceId, Logins: app.loginsOf(alice) }));
  const decision = await authorize(aliceCredentials.Credentials, { action: 's3:GetObject', resource: 'arn:aws:s3:::public/x' });
  assert.equal(decision.body.principal.roleArn, editors);

  const { IdentityId: bobId } = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(bob) }));
  const refused = await rejectionOf(() => identity.send(new GetCredentialsForIdentityCommand({ IdentityId: bobId, Logins: app.loginsOf(bob) })));
  assert.equal(refused.name, 'NotAuthorizedException');
});

test('a role whose trust policy does not name the identity pool is refused as AWS does', async (t) => {
  const app = await photoApp(t, { users: 1 });
  const strangers = await roleFor('us-east-1:11111111-1111-1111-1111-111111111111', 'authenticated', ownPhotosPolicy);
  await identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: app.identityPoolId, Roles: { authenticated: strangers } }));
  await new Promise((r) => setTimeout(r, 600));
  const [alice] = app.users;
  const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(alice) }));
  const refused = await rejectionOf(() => identity.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins: app.loginsOf(alice) })));
  assert.equal(refused.name, 'InvalidIdentityPoolConfigurationException');
  void iam;
});

test('the basic flow: GetOpenIdToken, then STS AssumeRoleWithWebIdentity for a role whose trust admits the token', async (t) => {
  const app = await photoApp(t, { users: 1, AllowClassicFlow: true });
  const [alice] = app.users;
  const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: app.identityPoolId, Logins: app.loginsOf(alice) }));
  const { Token } = await identity.send(new GetOpenIdTokenCommand({ IdentityId, Logins: app.loginsOf(alice) }));
  const sts = new STSClient({ endpoint, region, maxAttempts: 1, credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } });
  const assumed = await sts.send(new AssumeRoleWithWebIdentityCommand({
    RoleArn: app.authenticated, RoleSessionName: 'photo-app', WebIdentityToken: Token, DurationSeconds: 900,
  }));
  assert.equal(assumed.SubjectFromWebIdentityToken, IdentityId);
  assert.equal(assumed.Audience, app.identityPoolId);
  assert.match(assumed.Credentials.AccessKeyId, /^ASIA/);
  assert.ok(assumed.Credentials.Expiration.getTime() - Date.now() <= 900_000 + 5_000);
  assert.match(assumed.AssumedRoleUser.Arn, /:assumed-role\/.+\/photo-app$/);
  const credentials = { ...assumed.Credentials, SecretKey: assumed.Credentials.SecretAccessKey };
  const own = await authorize(credentials, { action: 's3:GetObject', resource: `arn:aws:s3:::photos/${IdentityId}/cat.jpg` });
  assert.equal(own.body.decision, 'Allow');

  const narrowed = await sts.send(new AssumeRoleWithWebIdentityCommand({
    RoleArn: app.authenticated, RoleSessionName: 'read-only', WebIdentityToken: Token,
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }),
  }));
  const narrowedCredentials = { ...narrowed.Credentials, SecretKey: narrowed.Credentials.SecretAccessKey };
  const put = await authorize(narrowedCredentials, { action: 's3:PutObject', resource: `arn:aws:s3:::photos/${IdentityId}/cat.jpg` });
  assert.equal(put.body.decision, 'ImplicitDeny', 'a session policy only narrows the role');

  const guestRole = await rejectionOf(() => sts.send(new AssumeRoleWithWebIdentityCommand({
    RoleArn: app.unauthenticated, RoleSessionName: 'guest-try', WebIdentityToken: Token,
  })));
  assert.equal(guestRole.name, 'AccessDenied', 'the unauthenticated role\'s trust does not admit an authenticated token');
  const forged = await rejectionOf(() => sts.send(new AssumeRoleWithWebIdentityCommand({
    RoleArn: app.authenticated, RoleSessionName: 'guest-try', WebIdentityToken: `${Token.slice(0, -6)}AAAAAA`,
  })));
  assert.equal(forged.name, 'InvalidIdentityTokenException');

  const noClassic = await photoApp(t, { users: 1 });
  const { IdentityId: otherId } = await identity.send(new GetIdCommand({ IdentityPoolId: noClassic.identityPoolId, Logins: noClassic.loginsOf(noClassic.users[0]) }));
  const refused = await rejectionOf(() => identity.send(new GetOpenIdTokenCommand({ IdentityId: otherId, Logins: noClassic.loginsOf(noClassic.users[0]) })));
  assert.equal(refused.name, 'InvalidParameterException', 'the basic flow must be enabled on the pool');
});
