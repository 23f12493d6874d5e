// Passkeys and choice-based sign-in (USER_AUTH) with the AWS SDK v3: a passkey registered through
// StartWebAuthnRegistration/CompleteWebAuthnRegistration by a software authenticator, then used to sign in;
// and a one-time code by email as the only factor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CompleteWebAuthnRegistrationCommand,
  DeleteWebAuthnCredentialCommand,
  GetUserAuthFactorsCommand,
  InitiateAuthCommand,
  ListWebAuthnCredentialsCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand,
  StartWebAuthnRegistrationCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient, endpoint, rejectionOf, uniqueName } from './support/cognito.mjs';
import { createClient, createPool, nextCode, outboxMessages, verifyAccessToken } from './support/flows.mjs';
import { SoftwareAuthenticator } from './support/authenticator.mjs';

const admin = cognitoClient();
const app = cognitoClient();
const password = 'Passk3y-Passw0rd!';

async function choicePool(t, factors, webAuthn) {
  const { Id: poolId } = await createPool(t, admin, {
    PoolName: uniqueName('passkeys'),
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: factors } },
  });
  if (webAuthn) await admin.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, WebAuthnConfiguration: webAuthn }));
  const { ClientId: clientId } = await createClient(admin, poolId, { ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
  return { poolId, clientId };
}

async function user(poolId, username, attributes = []) {
  await admin.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, MessageAction: 'SUPPRESS', UserAttributes: attributes }));
  await admin.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: password, Permanent: true }));
}

const userAuth = (clientId, parameters) => app.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_AUTH', AuthParameters: parameters }));
const respond = (clientId, ChallengeName, Session, ChallengeResponses) => app.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName, Session, ChallengeResponses }));

async function registerPasskey(accessToken, authenticator, origin) {
  const { CredentialCreationOptions: options } = await app.send(new StartWebAuthnRegistrationCommand({ AccessToken: accessToken }));
  await app.send(new CompleteWebAuthnRegistrationCommand({ AccessToken: accessToken, Credential: authenticator.create(options, origin) }));
  return options;
}

test('a passkey registered with a software authenticator signs in through SELECT_CHALLENGE, once per challenge', async (t) => {
  const rpId = 'passkeys.example.com';
  const origin = `https://${rpId}`;
  const { poolId, clientId } = await choicePool(t, ['PASSWORD', 'WEB_AUTHN'], { RelyingPartyId: rpId, UserVerification: 'required' });
  await user(poolId, 'pk-alice');
  const { AuthenticationResult: first } = await userAuth(clientId, { USERNAME: 'pk-alice', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: password });
  const authenticator = new SoftwareAuthenticator();

  const options = await registerPasskey(first.AccessToken, authenticator, origin);
  assert.equal(options.rp.id, rpId);
  assert.equal(options.user.name, 'pk-alice');
  assert.equal(options.authenticatorSelection.userVerification, 'required');
  const { Credentials } = await app.send(new ListWebAuthnCredentialsCommand({ AccessToken: first.AccessToken }));
  assert.deepEqual(Credentials.map((c) => [c.CredentialId, c.RelyingPartyId, c.AuthenticatorAttachment]), [[authenticator.id, rpId, 'cross-platform']]);

  const select = await userAuth(clientId, { USERNAME: 'pk-alice' });
  assert.equal(select.ChallengeName, 'SELECT_CHALLENGE');
  assert.deepEqual(select.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP', 'WEB_AUTHN']);
  const challenge = await respond(clientId, 'SELECT_CHALLENGE', select.Session, { USERNAME: 'pk-alice', ANSWER: 'WEB_AUTHN' });
  assert.equal(challenge.ChallengeName, 'WEB_AUTHN');
  const requestOptions = JSON.parse(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS);
  assert.equal(requestOptions.rpId, rpId);
  assert.deepEqual(requestOptions.allowCredentials.map((c) => c.id), [authenticator.id]);
  const assertion = JSON.stringify(authenticator.get(requestOptions, origin));
  const { AuthenticationResult } = await respond(clientId, 'WEB_AUTHN', challenge.Session, { USERNAME: 'pk-alice', CREDENTIAL: assertion });
  await verifyAccessToken(AuthenticationResult.AccessToken, poolId, clientId);

  const replayed = await rejectionOf(() => respond(clientId, 'WEB_AUTHN', challenge.Session, { USERNAME: 'pk-alice', CREDENTIAL: assertion }));
  assert.equal(replayed.name, 'NotAuthorizedException');
  const factors = await app.send(new GetUserAuthFactorsCommand({ AccessToken: AuthenticationResult.AccessToken }));
  assert.deepEqual(factors.ConfiguredUserAuthFactors, ['PASSWORD', 'WEB_AUTHN']);
  await app.send(new DeleteWebAuthnCredentialCommand({ AccessToken: AuthenticationResult.AccessToken, CredentialId: authenticator.id }));
  const after = await app.send(new ListWebAuthnCredentialsCommand({ AccessToken: AuthenticationResult.AccessToken }));
  assert.deepEqual(after.Credentials, []);
});

test('without a configured relying party, passkeys bind to the public host and its own origin is accepted', async (t) => {
  const { poolId, clientId } = await choicePool(t, ['PASSWORD', 'WEB_AUTHN']);
  await user(poolId, 'pk-bob');
  const { AuthenticationResult: first } = await userAuth(clientId, { USERNAME: 'pk-bob', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: password });
  const authenticator = new SoftwareAuthenticator();
  const origin = new URL(endpoint).origin;

  const options = await registerPasskey(first.AccessToken, authenticator, origin);

  assert.equal(options.rp.id, new URL(endpoint).hostname);
  const challenge = await userAuth(clientId, { USERNAME: 'pk-bob', PREFERRED_CHALLENGE: 'WEB_AUTHN' });
  const requestOptions = JSON.parse(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS);
  const wrongOrigin = await rejectionOf(() => respond(clientId, 'WEB_AUTHN', challenge.Session, {
    USERNAME: 'pk-bob', CREDENTIAL: JSON.stringify(authenticator.get(requestOptions, 'https://evil.example.com')),
  }));
  assert.equal(wrongOrigin.name, 'NotAuthorizedException');
  const again = await userAuth(clientId, { USERNAME: 'pk-bob', PREFERRED_CHALLENGE: 'WEB_AUTHN' });
  const { AuthenticationResult } = await respond(clientId, 'WEB_AUTHN', again.Session, {
    USERNAME: 'pk-bob', CREDENTIAL: JSON.stringify(authenticator.get(JSON.parse(again.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS), origin)),
  });
  await verifyAccessToken(AuthenticationResult.AccessToken, poolId, clientId);
});

test('EMAIL_OTP as the first factor: the code from the outbox signs in, a wrong one is a mismatch', async (t) => {
  const { poolId, clientId } = await choicePool(t, ['PASSWORD', 'EMAIL_OTP']);
  await user(poolId, 'otp-carol', [{ Name: 'email', Value: 'carol@example.com' }, { Name: 'email_verified', Value: 'true' }]);
  const before = (await outboxMessages({ poolId, username: 'otp-carol', purpose: 'Authentication' })).length;

  const challenge = await userAuth(clientId, { USERNAME: 'otp-carol', PREFERRED_CHALLENGE: 'EMAIL_OTP' });

  assert.equal(challenge.ChallengeName, 'EMAIL_OTP');
  assert.equal(challenge.ChallengeParameters.CODE_DELIVERY_DELIVERY_MEDIUM, 'EMAIL');
  assert.equal(challenge.ChallengeParameters.CODE_DELIVERY_DESTINATION, 'c***@e***');
  const code = await nextCode({ poolId, username: 'otp-carol', purpose: 'Authentication' }, before);
  const wrong = await rejectionOf(() => respond(clientId, 'EMAIL_OTP', challenge.Session, { USERNAME: 'otp-carol', EMAIL_OTP_CODE: code === '000000' ? '111111' : '000000' }));
  assert.equal(wrong.name, 'CodeMismatchException');
  const { AuthenticationResult } = await respond(clientId, 'EMAIL_OTP', challenge.Session, { USERNAME: 'otp-carol', EMAIL_OTP_CODE: code });
  await verifyAccessToken(AuthenticationResult.AccessToken, poolId, clientId);
});
