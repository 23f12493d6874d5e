// USER_SRP_AUTH with amazon-cognito-identity-js, the library Amplify's default sign-in is built on: the password
// never leaves the client; the server proves it knows the verifier and the client proves it knows the password.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdminCreateUserCommand, AdminSetUserPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { cognitoClient, endpoint, uniqueName } from './support/cognito.mjs';
import { createClient, createPool, verifyAccessToken, verifyIdToken } from './support/flows.mjs';

const admin = cognitoClient();
const password = 'Srp-Passw0rd!';

async function srpUser(t, username) {
  const { Id: poolId } = await createPool(t, admin, { PoolName: uniqueName('srp') });
  const { ClientId: clientId } = await createClient(admin, poolId, { ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
  await admin.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, MessageAction: 'SUPPRESS' }));
  await admin.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: password, Permanent: true }));
  const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint });
  return { poolId, clientId, pool };
}

function signIn(pool, username, secret) {
  const user = new CognitoUser({ Username: username, Pool: pool });
  return new Promise((resolve, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: secret }), {
      onSuccess: resolve,
      onFailure: reject,
      newPasswordRequired: () => reject(new Error('unexpected NEW_PASSWORD_REQUIRED')),
    });
  });
}

test('authenticateUser (USER_SRP_AUTH) signs in and the tokens verify against the JWKS', async (t) => {
  const { poolId, clientId, pool } = await srpUser(t, 'srp-alice');

  const session = await signIn(pool, 'srp-alice', password);

  const id = await verifyIdToken(session.getIdToken().getJwtToken(), poolId, clientId);
  assert.equal(id.payload['cognito:username'], 'srp-alice');
  await verifyAccessToken(session.getAccessToken().getJwtToken(), poolId, clientId);
  assert.ok(session.getRefreshToken().getToken().length > 20);
});

test('authenticateUser with a wrong password fails with NotAuthorizedException', async (t) => {
  const { pool } = await srpUser(t, 'srp-bob');

  await assert.rejects(signIn(pool, 'srp-bob', 'Wrong-Passw0rd!'), (error) => {
    assert.equal(error.code ?? error.name, 'NotAuthorizedException');
    assert.equal(error.message, 'Incorrect username or password.');
    return true;
  });
});

test('five wrong passwords through SRP lock the account, even for the right one', async (t) => {
  const { pool } = await srpUser(t, 'srp-carol');
  for (let i = 0; i < 5; i++) {
    await assert.rejects(signIn(pool, 'srp-carol', 'Wrong-Passw0rd!'));
  }

  await assert.rejects(signIn(pool, 'srp-carol', password), (error) => {
    assert.equal(error.message, 'Password attempts exceeded');
    return true;
  });
});
