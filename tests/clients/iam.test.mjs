// IAM through the real @aws-sdk/client-iam (AWS Query protocol): roles, inline policies, tags, OIDC and SAML
// providers, and the errors the SDK must surface as its typed exceptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  IAMClient,
  CreateRoleCommand,
  GetRoleCommand,
  DeleteRoleCommand,
  UpdateAssumeRolePolicyCommand,
  ListRolesCommand,
  PutRolePolicyCommand,
  GetRolePolicyCommand,
  DeleteRolePolicyCommand,
  ListRolePoliciesCommand,
  TagRoleCommand,
  UntagRoleCommand,
  ListRoleTagsCommand,
  CreateOpenIDConnectProviderCommand,
  GetOpenIDConnectProviderCommand,
  DeleteOpenIDConnectProviderCommand,
  ListOpenIDConnectProvidersCommand,
  CreateSAMLProviderCommand,
  GetSAMLProviderCommand,
  DeleteSAMLProviderCommand,
  ListSAMLProvidersCommand,
  paginateListRoles,
} from '@aws-sdk/client-iam';
import { adminCredentials, endpoint, region, rejectionOf, uniqueName } from './support/cognito.mjs';

function iamClient(credentials = adminCredentials, extra = {}) {
  return new IAMClient({ endpoint, region, credentials, maxAttempts: 1, ...extra });
}

const iam = iamClient();

const trustPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }],
});

const permissionPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::bucket/${cognito-identity.amazonaws.com:sub}/*' }],
});

const samlMetadata = (entityId) => `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${Buffer.alloc(900).toString('base64')}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

test('CreateRole, GetRole, UpdateAssumeRolePolicy and DeleteRole round-trip through the SDK', async () => {
  const RoleName = uniqueName('sdk-role');
  const created = await iam.send(new CreateRoleCommand({
    RoleName,
    Path: '/sdk/',
    AssumeRolePolicyDocument: trustPolicy,
    Description: 'client test',
    MaxSessionDuration: 7200,
    Tags: [{ Key: 'team', Value: 'identity' }],
  }));
  assert.equal(created.Role.RoleName, RoleName);
  assert.equal(created.Role.Arn, `arn:aws:iam::000000000000:role/sdk/${RoleName}`);
  assert.match(created.Role.RoleId, /^AROA[A-Z2-7]{17}$/);
  assert.ok(created.Role.CreateDate instanceof Date);
  // IAM returns policy documents URL-encoded; callers decode them.
  assert.equal(decodeURIComponent(created.Role.AssumeRolePolicyDocument), trustPolicy);

  const fetched = await iam.send(new GetRoleCommand({ RoleName }));
  assert.equal(fetched.Role.RoleId, created.Role.RoleId);
  assert.equal(fetched.Role.MaxSessionDuration, 7200);
  assert.equal(fetched.Role.Description, 'client test');
  assert.deepEqual(fetched.Role.Tags, [{ Key: 'team', Value: 'identity' }]);

  const updated = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName, PolicyDocument: updated }));
  const after = await iam.send(new GetRoleCommand({ RoleName }));
  assert.equal(decodeURIComponent(after.Role.AssumeRolePolicyDocument), updated);

  await iam.send(new DeleteRoleCommand({ RoleName }));
  const gone = await rejectionOf(() => iam.send(new GetRoleCommand({ RoleName })));
  assert.equal(gone.name, 'NoSuchEntityException', gone.message);
  assert.equal(gone.$metadata.httpStatusCode, 404);
});

test('inline policies: put, get, list, and DeleteRole refuses while any remain', async () => {
  const RoleName = uniqueName('sdk-policies');
  await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: trustPolicy }));
  await iam.send(new PutRolePolicyCommand({ RoleName, PolicyName: 'read', PolicyDocument: permissionPolicy }));

  const policy = await iam.send(new GetRolePolicyCommand({ RoleName, PolicyName: 'read' }));
  assert.equal(decodeURIComponent(policy.PolicyDocument), permissionPolicy);
  const names = await iam.send(new ListRolePoliciesCommand({ RoleName }));
  assert.deepEqual(names.PolicyNames, ['read']);
  assert.equal(names.IsTruncated, false);

  const conflict = await rejectionOf(() => iam.send(new DeleteRoleCommand({ RoleName })));
  assert.equal(conflict.name, 'DeleteConflictException', conflict.message);
  assert.equal(conflict.$metadata.httpStatusCode, 409);

  await iam.send(new DeleteRolePolicyCommand({ RoleName, PolicyName: 'read' }));
  assert.deepEqual((await iam.send(new ListRolePoliciesCommand({ RoleName }))).PolicyNames, []);
  await iam.send(new DeleteRoleCommand({ RoleName }));
});

test('tags: TagRole, UntagRole, ListRoleTags', async () => {
  const RoleName = uniqueName('sdk-tags');
  await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: trustPolicy }));
  await iam.send(new TagRoleCommand({ RoleName, Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] }));
  await iam.send(new UntagRoleCommand({ RoleName, TagKeys: ['a'] }));
  const tags = await iam.send(new ListRoleTagsCommand({ RoleName }));
  assert.deepEqual(tags.Tags, [{ Key: 'b', Value: '2' }]);
});

test('ListRoles pages with the SDK paginator', async () => {
  const PathPrefix = `/${uniqueName('page')}/`;
  const names = [];
  for (let i = 0; i < 5; i++) {
    const RoleName = uniqueName(`sdk-page-${i}`);
    names.push(RoleName);
    await iam.send(new CreateRoleCommand({ RoleName, Path: PathPrefix, AssumeRolePolicyDocument: trustPolicy }));
  }

  const first = await iam.send(new ListRolesCommand({ PathPrefix, MaxItems: 2 }));
  assert.equal(first.IsTruncated, true);
  assert.ok(first.Marker);

  const seen = [];
  for await (const page of paginateListRoles({ client: iam, pageSize: 2 }, { PathPrefix })) {
    seen.push(...page.Roles.map((r) => r.RoleName));
  }
  assert.deepEqual(seen, [...names].sort());
});

test('bad input surfaces as the SDK exceptions IAM defines', async () => {
  const malformed = await rejectionOf(() => iam.send(new CreateRoleCommand({ RoleName: uniqueName('sdk-bad'), AssumeRolePolicyDocument: '{"Statement": [' })));
  assert.equal(malformed.name, 'MalformedPolicyDocumentException', malformed.message);

  const RoleName = uniqueName('sdk-dup');
  await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: trustPolicy }));
  const duplicate = await rejectionOf(() => iam.send(new CreateRoleCommand({ RoleName: RoleName.toUpperCase(), AssumeRolePolicyDocument: trustPolicy })));
  assert.equal(duplicate.name, 'EntityAlreadyExistsException', duplicate.message);
  assert.equal(duplicate.$metadata.httpStatusCode, 409);

  const invalid = await rejectionOf(() => iam.send(new CreateRoleCommand({ RoleName: 'has spaces', AssumeRolePolicyDocument: trustPolicy })));
  assert.equal(invalid.name, 'ValidationError', invalid.message);
  assert.equal(invalid.$metadata.httpStatusCode, 400);

  const duration = await rejectionOf(() => iam.send(new CreateRoleCommand({ RoleName: uniqueName('sdk-dur'), AssumeRolePolicyDocument: trustPolicy, MaxSessionDuration: 60 })));
  assert.equal(duration.name, 'ValidationError', duration.message);
});

test('signatures: a wrong secret and an unsigned request are refused', async () => {
  const wrong = iamClient({ ...adminCredentials, secretAccessKey: 'not-the-admin-secret-at-all' });
  const mismatch = await rejectionOf(() => wrong.send(new ListRolesCommand({})));
  assert.equal(mismatch.name, 'SignatureDoesNotMatch', mismatch.message);
  assert.equal(mismatch.$metadata.httpStatusCode, 403);
  wrong.destroy();

  const unsigned = iamClient(adminCredentials, { signer: { sign: async (request) => request } });
  const missing = await rejectionOf(() => unsigned.send(new ListRolesCommand({})));
  assert.equal(missing.name, 'MissingAuthenticationToken', missing.message);
  assert.equal(missing.$metadata.httpStatusCode, 403);
  unsigned.destroy();
});

test('OpenID Connect providers: create, get, list, delete', async () => {
  const host = `${uniqueName('idp')}.example.com`;
  const created = await iam.send(new CreateOpenIDConnectProviderCommand({
    Url: `https://${host}`,
    ClientIDList: ['app-1'],
    ThumbprintList: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'],
  }));
  const arn = created.OpenIDConnectProviderArn;
  assert.equal(arn, `arn:aws:iam::000000000000:oidc-provider/${host}`);

  const provider = await iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
  assert.equal(provider.Url, host);
  assert.deepEqual(provider.ClientIDList, ['app-1']);
  assert.ok(provider.CreateDate instanceof Date);

  const listed = await iam.send(new ListOpenIDConnectProvidersCommand({}));
  assert.ok(listed.OpenIDConnectProviderList.some((p) => p.Arn === arn));

  const duplicate = await rejectionOf(() => iam.send(new CreateOpenIDConnectProviderCommand({ Url: `https://${host}` })));
  assert.equal(duplicate.name, 'EntityAlreadyExistsException', duplicate.message);

  await iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
  const gone = await rejectionOf(() => iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn })));
  assert.equal(gone.name, 'NoSuchEntityException', gone.message);
});

test('SAML providers: create, get, list, delete, and metadata that is not SAML is InvalidInput', async () => {
  const Name = uniqueName('sdk-saml');
  const metadata = samlMetadata('https://idp.example.com/saml');
  const created = await iam.send(new CreateSAMLProviderCommand({ Name, SAMLMetadataDocument: metadata }));
  const arn = created.SAMLProviderArn;
  assert.equal(arn, `arn:aws:iam::000000000000:saml-provider/${Name}`);

  const provider = await iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: arn }));
  assert.equal(provider.SAMLMetadataDocument, metadata);

  const listed = await iam.send(new ListSAMLProvidersCommand({}));
  assert.ok(listed.SAMLProviderList.some((p) => p.Arn === arn && p.CreateDate instanceof Date));

  const invalid = await rejectionOf(() => iam.send(new CreateSAMLProviderCommand({ Name: uniqueName('sdk-saml-bad'), SAMLMetadataDocument: `<x>${'y'.repeat(1000)}</x>` })));
  assert.equal(invalid.name, 'InvalidInputException', invalid.message);

  await iam.send(new DeleteSAMLProviderCommand({ SAMLProviderArn: arn }));
  const gone = await rejectionOf(() => iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: arn })));
  assert.equal(gone.name, 'NoSuchEntityException', gone.message);
});
