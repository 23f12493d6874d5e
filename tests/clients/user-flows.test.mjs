// Every user flow end to end through the real AWS SDK v3 (public operations go unsigned, as the SDK sends them),
// with codes read from the silo's outbox and tokens verified by jose against the pool's JWKS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPair, SignJWT, decodeProtectedHeader } from 'jose';
import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminListGroupsForUserCommand,
  AdminSetUserPasswordCommand,
  ChangePasswordCommand,
  CodeMismatchException,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  CreateGroupCommand,
  ExpiredCodeException,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  InvalidPasswordException,
  ListUsersInGroupCommand,
  NotAuthorizedException,
  RefreshTokenReuseException,
  ResourceNotFoundException,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  UserNotConfirmedException,
  UserNotFoundException,
  UsernameExistsException,
  VerifyUserAttributeCommand,
  paginateListUsers,
} from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient, rejectionOf, uniqueName } from './support/cognito.mjs';
import {
  attributesOf,
  createClient,
  createPool,
  nextCode,
  nextMessage,
  outboxMessages,
  secretHash,
  verifyAccessToken,
  verifyIdToken,
} from './support/flows.mjs';

const password = 'Corr3ct-Horse-Battery';
const otherPassword = 'Diff3rent-Staple-Pony';
const thirdPassword = 'Th1rd-Password-Kite';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Public operations carry no signature whatever the credentials (the SDK's noAuth scheme), so one client serves both.
const cognito = cognitoClient();
test.after(() => cognito.destroy());
const send = (command) => cognito.send(command);

/** Fails unless `action` rejects with the named Cognito error, as the SDK's modeled class, with HTTP 400. */
async function expectError(action, type, message) {
  const error = await rejectionOf(action);
  assert.equal(error.name, type.name, `expected ${type.name}, got ${error.name}: ${error.message}`);
  assert.ok(error instanceof type, `${error.name} is deserialized into the SDK's ${type.name} class`);
  assert.equal(error.$metadata.httpStatusCode, 400);
  if (message !== undefined) assert.match(error.message, message);
  return error;
}

const passwordAuth = (clientId, username, pass, extra = {}) => send(new InitiateAuthCommand({
  AuthFlow: 'USER_PASSWORD_AUTH',
  ClientId: clientId,
  AuthParameters: { USERNAME: username, PASSWORD: pass, ...extra },
}));

const refreshAuth = (clientId, refreshToken) => send(new InitiateAuthCommand({
  AuthFlow: 'REFRESH_TOKEN_AUTH',
  ClientId: clientId,
  AuthParameters: { REFRESH_TOKEN: refreshToken },
}));

/** A pool with email auto-verified and one app client for the usual flows. */
async function poolWithClient(t, prefix, poolInput = {}, clientInput = {}) {
  const pool = await createPool(t, cognito, { PoolName: uniqueName(prefix), AutoVerifiedAttributes: ['email'], ...poolInput });
  const client = await createClient(cognito, pool.Id, clientInput);
  return { poolId: pool.Id, clientId: client.ClientId, client };
}

/** A confirmed user with a permanent password and a verified email, made with the admin operations. */
async function confirmedUser(poolId, username, email, pass = password) {
  await send(new AdminCreateUserCommand({
    UserPoolId: poolId,
    Username: username,
    MessageAction: 'SUPPRESS',
    UserAttributes: [{ Name: 'email', Value: email }, { Name: 'email_verified', Value: 'true' }],
  }));
  await send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: pass, Permanent: true }));
}

test('sign-up, confirmation from the outbox, sign-in, verified tokens, refresh, GetUser, global sign-out', async (t) => {
  const { poolId, clientId } = await poolWithClient(t, 'flow-signup');
  const username = 'alice';
  const email = `alice-${Date.now()}@example.com`;

  const signedUp = await send(new SignUpCommand({
    ClientId: clientId, Username: username, Password: password, UserAttributes: [{ Name: 'email', Value: email }],
  }));
  assert.equal(signedUp.UserConfirmed, false);
  assert.match(signedUp.UserSub, uuid);
  assert.equal(signedUp.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
  assert.equal(signedUp.CodeDeliveryDetails.AttributeName, 'email');
  assert.match(signedUp.CodeDeliveryDetails.Destination, /^a\*\*\*@e\*\*\*/, 'the destination is masked');

  const message = await nextMessage({ poolId, username, purpose: 'SignUp' });
  assert.equal(message.destination, email);
  const code = await nextCode({ poolId, username, purpose: 'SignUp' });

  // Not confirmed yet: sign-in is refused.
  await expectError(() => passwordAuth(clientId, username, password), UserNotConfirmedException);

  const confirmed = await send(new ConfirmSignUpCommand({ ClientId: clientId, Username: username, ConfirmationCode: code }));
  assert.equal(confirmed.$metadata.httpStatusCode, 200);

  const { AuthenticationResult: auth, ChallengeName } = await passwordAuth(clientId, username, password);
  assert.equal(ChallengeName, undefined);
  assert.equal(auth.TokenType, 'Bearer');
  assert.equal(auth.ExpiresIn, 3600);
  assert.ok(auth.RefreshToken, 'a refresh token');

  const id = await verifyIdToken(auth.IdToken, poolId, clientId);
  assert.ok(id.protectedHeader.kid, 'the ID token names its key');
  assert.equal(id.payload.token_use, 'id');
  assert.equal(id.payload.aud, clientId);
  assert.equal(id.payload.sub, signedUp.UserSub);
  assert.equal(id.payload['cognito:username'], username);
  assert.equal(id.payload.email, email);
  assert.equal(id.payload.email_verified, true);
  assert.equal(id.payload.exp - id.payload.iat, 3600);

  const access = await verifyAccessToken(auth.AccessToken, poolId, clientId);
  assert.equal(access.payload.token_use, 'access');
  assert.equal(access.payload.client_id, clientId);
  assert.equal(access.payload.username, username);
  assert.equal(access.payload.sub, signedUp.UserSub);
  assert.equal(access.payload.scope, 'aws.cognito.signin.user.admin');
  assert.equal(access.payload.aud, undefined, 'access tokens carry client_id, not aud');

  const me = await send(new GetUserCommand({ AccessToken: auth.AccessToken }));
  assert.equal(me.Username, username);
  const attrs = attributesOf(me.UserAttributes);
  assert.equal(attrs.sub, signedUp.UserSub);
  assert.equal(attrs.email, email);
  assert.equal(attrs.email_verified, 'true');

  const refreshed = (await refreshAuth(clientId, auth.RefreshToken)).AuthenticationResult;
  assert.equal(refreshed.RefreshToken, undefined, 'without rotation, refresh returns no new refresh token');
  const rid = await verifyIdToken(refreshed.IdToken, poolId, clientId);
  const raccess = await verifyAccessToken(refreshed.AccessToken, poolId, clientId);
  assert.equal(rid.payload.sub, signedUp.UserSub);
  assert.equal(rid.payload['cognito:username'], username);
  assert.equal(raccess.payload.username, username);
  assert.notEqual(raccess.payload.jti, access.payload.jti, 'a new access token');
  assert.equal(raccess.payload.origin_jti, access.payload.origin_jti, 'from the same sign-in');
  assert.equal((await send(new GetUserCommand({ AccessToken: refreshed.AccessToken }))).Username, username);

  await send(new GlobalSignOutCommand({ AccessToken: refreshed.AccessToken }));
  for (const token of [auth.AccessToken, refreshed.AccessToken]) {
    const error = await expectError(() => send(new GetUserCommand({ AccessToken: token })), NotAuthorizedException);
    assert.equal(error.name, 'NotAuthorizedException');
    assert.equal(error.$metadata.httpStatusCode, 400);
  }
  await expectError(() => refreshAuth(clientId, auth.RefreshToken), NotAuthorizedException);
});

test('a client with a secret: SECRET_HASH required on sign-up and sign-in, and AdminInitiateAuth with it', async (t) => {
  const { poolId, clientId, client } = await poolWithClient(t, 'flow-secret', {}, { GenerateSecret: true });
  const secret = client.ClientSecret;
  assert.ok(secret, 'CreateUserPoolClient returns the generated secret');
  const username = 'bob';
  const hash = secretHash(username, clientId, secret);

  await expectError(() => send(new SignUpCommand({ ClientId: clientId, Username: username, Password: password })), NotAuthorizedException);
  await send(new SignUpCommand({
    ClientId: clientId, Username: username, Password: password, SecretHash: hash,
    UserAttributes: [{ Name: 'email', Value: 'bob@example.com' }],
  }));
  await send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: username }));

  await expectError(() => passwordAuth(clientId, username, password), NotAuthorizedException);
  await expectError(() => passwordAuth(clientId, username, password, { SECRET_HASH: secretHash(username, clientId, 'not-the-secret') }), NotAuthorizedException);
  await expectError(() => passwordAuth(clientId, username, password, { SECRET_HASH: secretHash('someone-else', clientId, secret) }), NotAuthorizedException);

  const ok = (await passwordAuth(clientId, username, password, { SECRET_HASH: hash })).AuthenticationResult;
  assert.equal((await verifyIdToken(ok.IdToken, poolId, clientId)).payload['cognito:username'], username);

  await expectError(() => send(new AdminInitiateAuthCommand({
    UserPoolId: poolId, ClientId: clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  })), NotAuthorizedException);
  const admin = (await send(new AdminInitiateAuthCommand({
    UserPoolId: poolId, ClientId: clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password, SECRET_HASH: hash },
  }))).AuthenticationResult;
  assert.equal((await verifyAccessToken(admin.AccessToken, poolId, clientId)).payload.username, username);
  assert.equal((await verifyIdToken(admin.IdToken, poolId, clientId)).payload.aud, clientId);
});

test('forgot password, confirm with the code from the outbox, then change password with the access token', async (t) => {
  const { poolId, clientId } = await poolWithClient(t, 'flow-forgot');
  const username = 'carol';
  await confirmedUser(poolId, username, 'carol@example.com');

  const forgot = await send(new ForgotPasswordCommand({ ClientId: clientId, Username: username }));
  assert.equal(forgot.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
  assert.equal(forgot.CodeDeliveryDetails.AttributeName, 'email');
  assert.match(forgot.CodeDeliveryDetails.Destination, /^c\*\*\*@e\*\*\*/);
  const code = await nextCode({ poolId, username, purpose: 'ForgotPassword' });
  assert.equal((await nextMessage({ poolId, username, purpose: 'ForgotPassword' })).destination, 'carol@example.com');

  const wrong = code === '000000' ? '111111' : '000000';
  await expectError(() => send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: username, ConfirmationCode: wrong, Password: otherPassword })), CodeMismatchException);
  await send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: username, ConfirmationCode: code, Password: otherPassword }));

  await expectError(() => passwordAuth(clientId, username, password), NotAuthorizedException, /Incorrect username or password/);
  const auth = (await passwordAuth(clientId, username, otherPassword)).AuthenticationResult;
  await verifyAccessToken(auth.AccessToken, poolId, clientId);

  // The code was used up (Cognito: ExpiredCodeException, "Invalid code provided, please request a code again.").
  await expectError(() => send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: username, ConfirmationCode: code, Password: thirdPassword })), ExpiredCodeException);

  await expectError(() => send(new ChangePasswordCommand({ AccessToken: auth.AccessToken, PreviousPassword: password, ProposedPassword: thirdPassword })), NotAuthorizedException);
  await send(new ChangePasswordCommand({ AccessToken: auth.AccessToken, PreviousPassword: otherPassword, ProposedPassword: thirdPassword }));
  await expectError(() => passwordAuth(clientId, username, otherPassword), NotAuthorizedException);
  const again = (await passwordAuth(clientId, username, thirdPassword)).AuthenticationResult;
  assert.equal((await verifyIdToken(again.IdToken, poolId, clientId)).payload['cognito:username'], username);
});

test('AdminCreateUser with a temporary password: NEW_PASSWORD_REQUIRED, RespondToAuthChallenge, then CONFIRMED', async (t) => {
  const { poolId, clientId } = await poolWithClient(t, 'flow-newpass');
  const username = 'dave';
  const temporary = 'Temp0rary-Pass-Word';

  const created = await send(new AdminCreateUserCommand({
    UserPoolId: poolId, Username: username, TemporaryPassword: temporary,
    UserAttributes: [{ Name: 'email', Value: 'dave@example.com' }, { Name: 'email_verified', Value: 'true' }],
  }));
  assert.equal(created.User.Username, username);
  assert.equal(created.User.UserStatus, 'FORCE_CHANGE_PASSWORD');
  assert.equal(created.User.Enabled, true);
  const invitation = await nextMessage({ poolId, username, purpose: 'AdminCreateUser' });
  assert.equal(invitation.destination, 'dave@example.com');
  assert.ok(invitation.body.includes(temporary), 'the invitation carries the temporary password');

  const challenged = await passwordAuth(clientId, username, temporary);
  assert.equal(challenged.ChallengeName, 'NEW_PASSWORD_REQUIRED');
  assert.equal(challenged.AuthenticationResult, undefined);
  assert.ok(challenged.Session, 'a session to answer with');
  assert.equal(challenged.ChallengeParameters.USER_ID_FOR_SRP, username);
  assert.deepEqual(JSON.parse(challenged.ChallengeParameters.requiredAttributes), []);
  assert.equal(JSON.parse(challenged.ChallengeParameters.userAttributes).email, 'dave@example.com');

  await expectError(() => send(new RespondToAuthChallengeCommand({
    ClientId: clientId, ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: challenged.Session,
    ChallengeResponses: { USERNAME: username, NEW_PASSWORD: 'weak' },
  })), InvalidPasswordException);

  const answered = await send(new RespondToAuthChallengeCommand({
    ClientId: clientId, ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: challenged.Session,
    ChallengeResponses: { USERNAME: username, NEW_PASSWORD: password },
  }));
  assert.equal(answered.ChallengeName, undefined);
  const id = await verifyIdToken(answered.AuthenticationResult.IdToken, poolId, clientId);
  assert.equal(id.payload['cognito:username'], username);
  await verifyAccessToken(answered.AuthenticationResult.AccessToken, poolId, clientId);
  assert.ok(answered.AuthenticationResult.RefreshToken);

  const user = await send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }));
  assert.equal(user.UserStatus, 'CONFIRMED');
  await expectError(() => passwordAuth(clientId, username, temporary), NotAuthorizedException);
  assert.ok((await passwordAuth(clientId, username, password)).AuthenticationResult.AccessToken);
});

test('changing email: kept verified until the new one is confirmed with a code, then switched', async (t) => {
  const { poolId, clientId } = await poolWithClient(t, 'flow-attr', {
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
  });
  const username = 'erin';
  await confirmedUser(poolId, username, 'erin@old.example');
  const auth = (await passwordAuth(clientId, username, password)).AuthenticationResult;

  const updated = await send(new UpdateUserAttributesCommand({
    AccessToken: auth.AccessToken, UserAttributes: [{ Name: 'email', Value: 'erin@new.example' }],
  }));
  assert.equal(updated.CodeDeliveryDetailsList.length, 1);
  assert.equal(updated.CodeDeliveryDetailsList[0].AttributeName, 'email');
  assert.equal(updated.CodeDeliveryDetailsList[0].DeliveryMedium, 'EMAIL');
  assert.match(updated.CodeDeliveryDetailsList[0].Destination, /^e\*\*\*@n\*\*\*/, 'sent to the new address, masked');
  const first = await nextMessage({ poolId, username, purpose: 'VerifyUserAttribute' });
  assert.equal(first.destination, 'erin@new.example');

  let attrs = attributesOf((await send(new GetUserCommand({ AccessToken: auth.AccessToken }))).UserAttributes);
  assert.equal(attrs.email, 'erin@old.example', 'the old email stays until the new one is verified');
  assert.equal(attrs.email_verified, 'true');

  const sent = await outboxMessages({ poolId, username, purpose: 'VerifyUserAttribute' });
  const resend = await send(new GetUserAttributeVerificationCodeCommand({ AccessToken: auth.AccessToken, AttributeName: 'email' }));
  assert.equal(resend.CodeDeliveryDetails.AttributeName, 'email');
  assert.match(resend.CodeDeliveryDetails.Destination, /^e\*\*\*@n\*\*\*/);
  const message = await nextMessage({ poolId, username, purpose: 'VerifyUserAttribute' }, sent.length);
  assert.equal(message.destination, 'erin@new.example');
  const code = await nextCode({ poolId, username, purpose: 'VerifyUserAttribute' }, sent.length);

  await expectError(() => send(new VerifyUserAttributeCommand({ AccessToken: auth.AccessToken, AttributeName: 'email', Code: code === '000000' ? '111111' : '000000' })), CodeMismatchException);
  await send(new VerifyUserAttributeCommand({ AccessToken: auth.AccessToken, AttributeName: 'email', Code: code }));

  attrs = attributesOf((await send(new GetUserCommand({ AccessToken: auth.AccessToken }))).UserAttributes);
  assert.equal(attrs.email, 'erin@new.example');
  assert.equal(attrs.email_verified, 'true');
  const id = await verifyIdToken((await refreshAuth(clientId, auth.RefreshToken)).AuthenticationResult.IdToken, poolId, clientId);
  assert.equal(id.payload.email, 'erin@new.example');
  assert.equal(id.payload.email_verified, true);
});

// Cognito: "When AttributesRequireVerificationBeforeUpdate is false ... API operations that change attribute values can
// immediately update a user's email".
test('changing email without verification-before-update: switched at once, unverified until the code', async (t) => {
  const { poolId, clientId } = await poolWithClient(t, 'flow-attr-now');
  const username = 'erik';
  await confirmedUser(poolId, username, 'erik@old.example');
  const auth = (await passwordAuth(clientId, username, password)).AuthenticationResult;

  const updated = await send(new UpdateUserAttributesCommand({
    AccessToken: auth.AccessToken, UserAttributes: [{ Name: 'email', Value: 'erik@new.example' }],
  }));
  assert.equal(updated.CodeDeliveryDetailsList[0].AttributeName, 'email');
  let attrs = attributesOf((await send(new GetUserCommand({ AccessToken: auth.AccessToken }))).UserAttributes);
  assert.equal(attrs.email, 'erik@new.example');
  assert.equal(attrs.email_verified, 'false');

  const code = await nextCode({ poolId, username, purpose: 'VerifyUserAttribute' });
  await send(new VerifyUserAttributeCommand({ AccessToken: auth.AccessToken, AttributeName: 'email', Code: code }));
  attrs = attributesOf((await send(new GetUserCommand({ AccessToken: auth.AccessToken }))).UserAttributes);
  assert.equal(attrs.email, 'erik@new.example');
  assert.equal(attrs.email_verified, 'true');
});

test('groups: cognito:groups and cognito:preferred_role in tokens, ListUsersInGroup, AdminListGroupsForUser', async (t) => {
  const { poolId, clientId } = await poolWithClient(t, 'flow-groups');
  const roles = {
    admins: 'arn:aws:iam::000000000000:role/pool-admins',
    readers: 'arn:aws:iam::000000000000:role/pool-readers',
  };
  await send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'readers', RoleArn: roles.readers, Precedence: 10, Description: 'read only' }));
  await send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'admins', RoleArn: roles.admins, Precedence: 1 }));
  await confirmedUser(poolId, 'frank', 'frank@example.com');
  await confirmedUser(poolId, 'grace', 'grace@example.com');
  for (const group of ['readers', 'admins']) {
    await send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: 'frank', GroupName: group }));
  }
  await send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: 'grace', GroupName: 'readers' }));

  const auth = (await passwordAuth(clientId, 'frank', password)).AuthenticationResult;
  const id = (await verifyIdToken(auth.IdToken, poolId, clientId)).payload;
  assert.deepEqual([...id['cognito:groups']].sort(), ['admins', 'readers']);
  assert.equal(id['cognito:preferred_role'], roles.admins, 'the role of the group with the lowest precedence');
  assert.deepEqual([...id['cognito:roles']].sort(), [roles.admins, roles.readers]);
  const access = (await verifyAccessToken(auth.AccessToken, poolId, clientId)).payload;
  assert.deepEqual([...access['cognito:groups']].sort(), ['admins', 'readers']);

  const graceId = (await verifyIdToken((await passwordAuth(clientId, 'grace', password)).AuthenticationResult.IdToken, poolId, clientId)).payload;
  assert.deepEqual(graceId['cognito:groups'], ['readers']);
  assert.equal(graceId['cognito:preferred_role'], roles.readers);

  const readers = await send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: 'readers' }));
  assert.deepEqual(readers.Users.map((u) => u.Username).sort(), ['frank', 'grace']);
  const admins = await send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: 'admins' }));
  assert.deepEqual(admins.Users.map((u) => u.Username), ['frank']);
  assert.equal(attributesOf(admins.Users[0].Attributes).email, 'frank@example.com');

  const { Groups } = await send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: 'frank' }));
  const byName = Object.fromEntries(Groups.map((g) => [g.GroupName, g]));
  assert.deepEqual(Object.keys(byName).sort(), ['admins', 'readers']);
  assert.equal(byName.admins.RoleArn, roles.admins);
  assert.equal(byName.admins.Precedence, 1);
  assert.equal(byName.admins.UserPoolId, poolId);
  assert.equal(byName.readers.Precedence, 10);
  assert.equal(byName.readers.Description, 'read only');
  assert.ok(byName.readers.CreationDate instanceof Date);
});

test('ListUsers with an email prefix filter, paged by the SDK paginator two at a time', async (t) => {
  const pool = await createPool(t, cognito, { PoolName: uniqueName('flow-list') });
  const poolId = pool.Id;
  const matching = ['u1', 'u2', 'u3', 'u4', 'u5'];
  for (const name of matching) {
    await send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: name, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: `team-${name}@list.example` }] }));
  }
  for (const name of ['x1', 'x2']) {
    await send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: name, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: `other-${name}@list.example` }] }));
  }

  const pages = [];
  for await (const page of paginateListUsers({ client: cognito, pageSize: 2 }, { UserPoolId: poolId, Filter: 'email ^= "team-"' })) {
    pages.push(page);
  }
  const users = pages.flatMap((p) => p.Users);
  for (const page of pages) assert.ok(page.Users.length <= 2, `a page holds at most 2 users, got ${page.Users.length}`);
  assert.ok(pages.length >= 3, `five users at two a page take at least three pages, took ${pages.length}`);
  assert.equal(pages.at(-1).PaginationToken, undefined, 'the last page has no PaginationToken');
  assert.deepEqual(users.map((u) => u.Username).sort(), matching);
  for (const user of users) {
    assert.match(attributesOf(user.Attributes).email, /^team-/);
    assert.equal(user.UserStatus, 'FORCE_CHANGE_PASSWORD');
  }

  const all = [];
  for await (const page of paginateListUsers({ client: cognito, pageSize: 2 }, { UserPoolId: poolId })) all.push(...page.Users);
  assert.equal(all.length, 7);
});

test('RevokeToken revokes one refresh token only; GetTokensFromRefreshToken rotates refresh tokens', async (t) => {
  const { poolId, clientId } = await poolWithClient(t, 'flow-revoke');
  const rotating = await createClient(cognito, poolId, {
    ClientName: 'rotating',
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 },
  });
  assert.deepEqual(rotating.RefreshTokenRotation, { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 });
  const username = 'heidi';
  await confirmedUser(poolId, username, 'heidi@example.com');

  await t.test('RevokeToken', async () => {
    const first = (await passwordAuth(clientId, username, password)).AuthenticationResult;
    const second = (await passwordAuth(clientId, username, password)).AuthenticationResult;
    const revoked = await send(new RevokeTokenCommand({ ClientId: clientId, Token: first.RefreshToken }));
    assert.equal(revoked.$metadata.httpStatusCode, 200);

    await expectError(() => refreshAuth(clientId, first.RefreshToken), NotAuthorizedException);
    await expectError(() => send(new GetUserCommand({ AccessToken: first.AccessToken })), NotAuthorizedException);
    const stillOk = (await refreshAuth(clientId, second.RefreshToken)).AuthenticationResult;
    await verifyAccessToken(stillOk.AccessToken, poolId, clientId);
    assert.equal((await send(new GetUserCommand({ AccessToken: second.AccessToken }))).Username, username);
  });

  await t.test('GetTokensFromRefreshToken with rotation', async () => {
    const signIn = (await passwordAuth(rotating.ClientId, username, password)).AuthenticationResult;
    const rotated = (await send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating.ClientId, RefreshToken: signIn.RefreshToken }))).AuthenticationResult;
    assert.ok(rotated.RefreshToken, 'a new refresh token');
    assert.notEqual(rotated.RefreshToken, signIn.RefreshToken);
    assert.equal((await verifyIdToken(rotated.IdToken, poolId, rotating.ClientId)).payload['cognito:username'], username);
    await verifyAccessToken(rotated.AccessToken, poolId, rotating.ClientId);

    const again = (await send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating.ClientId, RefreshToken: rotated.RefreshToken }))).AuthenticationResult;
    assert.ok(again.RefreshToken);
    assert.notEqual(again.RefreshToken, rotated.RefreshToken);
    await verifyAccessToken(again.AccessToken, poolId, rotating.ClientId);

    // With no grace period a rotated-out token fails at once. Last, because the silo then revokes the whole chain.
    await expectError(() => send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating.ClientId, RefreshToken: rotated.RefreshToken })), RefreshTokenReuseException);
  });
});

test('bad paths come back as the modeled errors', async (t) => {
  const { poolId, clientId } = await poolWithClient(t, 'flow-errors');
  const quiet = await createClient(cognito, poolId, { ClientName: 'quiet', PreventUserExistenceErrors: 'ENABLED' });
  await confirmedUser(poolId, 'ivan', 'ivan@example.com');

  await t.test('SignUp with a weak password: InvalidPasswordException', async () => {
    await expectError(() => send(new SignUpCommand({ ClientId: clientId, Username: 'weak', Password: 'alllowercase' })), InvalidPasswordException);
  });

  await t.test('SignUp of an existing username: UsernameExistsException', async () => {
    await expectError(() => send(new SignUpCommand({ ClientId: clientId, Username: 'ivan', Password: password })), UsernameExistsException);
  });

  await t.test('ConfirmSignUp with a wrong code: CodeMismatchException', async () => {
    await send(new SignUpCommand({ ClientId: clientId, Username: 'judy', Password: password, UserAttributes: [{ Name: 'email', Value: 'judy@example.com' }] }));
    const code = await nextCode({ poolId, username: 'judy', purpose: 'SignUp' });
    await expectError(() => send(new ConfirmSignUpCommand({ ClientId: clientId, Username: 'judy', ConfirmationCode: code === '000000' ? '111111' : '000000' })), CodeMismatchException);
  });

  await t.test('an unknown client id: ResourceNotFoundException', async () => {
    await expectError(() => passwordAuth('1example23456789abcdefghij', 'ivan', password), ResourceNotFoundException);
    await expectError(() => send(new SignUpCommand({ ClientId: '1example23456789abcdefghij', Username: 'x', Password: password })), ResourceNotFoundException);
  });

  await t.test('a forged access token: NotAuthorizedException', async () => {
    const real = (await passwordAuth(clientId, 'ivan', password)).AuthenticationResult.AccessToken;
    const [header, payload, signature] = real.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, username: 'judy' })).toString('base64url')}.${signature}`;
    await expectError(() => send(new GetUserCommand({ AccessToken: tampered })), NotAuthorizedException);

    // Well-formed, the pool's kid and issuer, but signed with someone else's key.
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: decodeProtectedHeader(real).kid }).sign(privateKey);
    await expectError(() => send(new GetUserCommand({ AccessToken: forged })), NotAuthorizedException);
    await expectError(() => send(new GetUserCommand({ AccessToken: 'not-a-jwt' })), NotAuthorizedException);
  });

  await t.test('PreventUserExistenceErrors: an unknown user gets the same NotAuthorizedException as a wrong password', async () => {
    const wrongPassword = await expectError(() => passwordAuth(quiet.ClientId, 'ivan', otherPassword), NotAuthorizedException);
    const unknownUser = await expectError(() => passwordAuth(quiet.ClientId, 'nobody-here', otherPassword), NotAuthorizedException);
    assert.equal(unknownUser.message, wrongPassword.message);
    assert.equal(unknownUser.message, 'Incorrect username or password.');

    // The default (LEGACY) client says so instead.
    await expectError(() => passwordAuth(clientId, 'nobody-here', otherPassword), UserNotFoundException);
  });
});
