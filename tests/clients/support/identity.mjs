// Helpers for the identity-pool tests: the real Cognito Identity and IAM clients, a user pool with signed-in users,
// roles for an identity pool, and requests signed with temporary credentials sent to POST /authorize.
import { createHash } from 'node:crypto';
import { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { adminCredentials, cognitoClient, endpoint, region, uniqueName } from './cognito.mjs';
import { createClient, createPool } from './flows.mjs';

export const identity = new CognitoIdentityClient({ endpoint, region, credentials: adminCredentials, maxAttempts: 1 });
export const iam = new IAMClient({ endpoint, region, credentials: adminCredentials, maxAttempts: 1 });
export const idp = cognitoClient();
export const password = 'Correct-Horse-9-Battery';

/** A user pool and an app client for password sign-in, with `count` confirmed users signed in: their ID tokens. */
export async function userPoolWithUsers(t, count) {
  const pool = await createPool(t, idp, { PoolName: uniqueName('photos') });
  const poolId = pool.Id;
  const client = await createClient(idp, poolId, { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
  const clientId = client.ClientId;
  const users = [];
  for (let i = 0; i < count; i++) {
    const username = uniqueName(`photo-user${i}`);
    await idp.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, MessageAction: 'SUPPRESS' }));
    await idp.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: password, Permanent: true }));
    const auth = await idp.send(new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password },
    }));
    users.push({ username, idToken: auth.AuthenticationResult.IdToken, accessToken: auth.AuthenticationResult.AccessToken });
  }
  return { poolId, clientId, providerName: `cognito-idp.${region}.amazonaws.com/${poolId}`, users };
}

/** An IAM role that identity pool `identityPoolId` may assume for `amr` (authenticated|unauthenticated), with `policy`. */
export async function roleFor(identityPoolId, amr, policy) {
  const RoleName = uniqueName(`photos-${amr}`).slice(0, 64);
  const trust = {
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'cognito-identity.amazonaws.com:aud': identityPoolId },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': amr },
      },
    }],
  };
  const created = await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: JSON.stringify(trust) }));
  await iam.send(new PutRolePolicyCommand({ RoleName, PolicyName: 'access', PolicyDocument: JSON.stringify(policy) }));
  return created.Role.Arn;
}

/** The photo app's policy: read and write only your own prefix, read DynamoDB items only under your own key. */
export const ownPhotosPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::photos/${cognito-identity.amazonaws.com:sub}/*' },
    {
      Effect: 'Allow',
      Action: 'dynamodb:GetItem',
      Resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/Photos',
      Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${cognito-identity.amazonaws.com:sub}'] } },
    },
  ],
};

export const publicOnlyPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::public/*' }],
};

/**
 * Signs a request to a photo API with the temporary credentials (as an app would, with @smithy/signature-v4) and
 * asks POST /authorize whether `action` on `resource` is allowed: the decision and principal as JSON, and the status.
 */
export async function authorize(credentials, { action, resource, context, path = '/photos/cat.jpg', tamper }) {
  const signer = new SignatureV4({
    service: 'execute-api',
    region,
    sha256: Sha256,
    credentials: {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretKey,
      sessionToken: credentials.SessionToken,
    },
  });
  const body = JSON.stringify({ want: resource });
  const signed = await signer.sign({
    method: 'POST',
    protocol: 'https:',
    hostname: 'photos.example.com',
    path,
    headers: { host: 'photos.example.com', 'content-type': 'application/json' },
    body,
  });
  const headers = { ...signed.headers };
  if (tamper) tamper(headers);
  const response = await fetch(`${endpoint}/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      request: { method: 'POST', path, query: '', headers, payloadHash: createHash('sha256').update(body).digest('hex') },
      action,
      resource,
      context,
    }),
  });
  return { status: response.status, body: await response.json() };
}
