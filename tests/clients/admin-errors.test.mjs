// Bad paths through the real AWS SDK v3: signatures the silo must refuse and input the model forbids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { adminCredentials, cognitoClient, rejectionOf, unsignedClient } from './support/cognito.mjs';

const list = new ListUserPoolsCommand({ MaxResults: 10 });

async function errorFrom(client) {
  try {
    return await rejectionOf(() => client.send(list));
  } finally {
    client.destroy();
  }
}

test('ListUserPools signed with the wrong secret throws InvalidSignatureException', async () => {
  const error = await errorFrom(cognitoClient({ ...adminCredentials, secretAccessKey: 'not-the-admin-secret-at-all' }));
  assert.equal(error.name, 'InvalidSignatureException', error.message);
  assert.equal(error.$metadata.httpStatusCode, 400);
});

test('ListUserPools signed with an unknown access key throws UnrecognizedClientException', async () => {
  const error = await errorFrom(cognitoClient({ accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: adminCredentials.secretAccessKey }));
  assert.equal(error.name, 'UnrecognizedClientException', error.message);
  assert.equal(error.$metadata.httpStatusCode, 400);
});

test('ListUserPools without a signature is refused', async () => {
  const error = await errorFrom(unsignedClient());
  assert.equal(error.name, 'MissingAuthenticationTokenException', error.message);
  assert.equal(error.$metadata.httpStatusCode, 400);
});

test('ListUserPools with MaxResults 0 throws InvalidParameterException', async (t) => {
  const client = cognitoClient();
  t.after(() => client.destroy());

  const error = await rejectionOf(() => client.send(new ListUserPoolsCommand({ MaxResults: 0 })));
  assert.equal(error.name, 'InvalidParameterException', error.message);
  assert.equal(error.$metadata.httpStatusCode, 400);
});
