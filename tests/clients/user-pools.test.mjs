// User pool lifecycle through the real AWS SDK v3: create, describe, list with paging, delete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { cognitoClient, rejectionOf, uniqueName } from './support/cognito.mjs';

const passwordPolicy = {
  MinimumLength: 12,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: false,
  TemporaryPasswordValidityDays: 3,
};

const customAttribute = {
  Name: 'tier',
  AttributeDataType: 'String',
  Mutable: true,
  StringAttributeConstraints: { MinLength: '1', MaxLength: '64' },
};

test('user pool: create, describe, list with paging, delete, then describe fails', async (t) => {
  const client = cognitoClient();
  t.after(() => client.destroy());
  const name = uniqueName('sdk-pool');

  const created = await client.send(new CreateUserPoolCommand({
    PoolName: name,
    Policies: { PasswordPolicy: passwordPolicy },
    Schema: [customAttribute],
  }));
  assert.equal(created.$metadata.httpStatusCode, 200);
  const id = created.UserPool?.Id;
  assert.match(id, /^us-east-1_[0-9A-Za-z]+$/);
  assert.equal(created.UserPool.Name, name);

  await t.test('DescribeUserPool returns the pool as created', async () => {
    const { UserPool: pool } = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
    assert.equal(pool.Id, id);
    assert.equal(pool.Name, name);
    assert.match(pool.Arn, new RegExp(`^arn:aws:cognito-idp:us-east-1:[0-9]{12}:userpool/${id}$`));
    assert.deepEqual(pool.Policies.PasswordPolicy, passwordPolicy);
    assert.ok(pool.CreationDate instanceof Date, 'CreationDate is parsed into a Date');
    assert.ok(pool.LastModifiedDate instanceof Date, 'LastModifiedDate is parsed into a Date');
    assert.ok(Math.abs(pool.CreationDate.getTime() - Date.now()) < 10 * 60 * 1000, `CreationDate ${pool.CreationDate.toISOString()} is now`);

    const custom = pool.SchemaAttributes.find((a) => a.Name === 'custom:tier');
    assert.ok(custom, `SchemaAttributes contains custom:tier: ${pool.SchemaAttributes.map((a) => a.Name).join(', ')}`);
    assert.equal(custom.AttributeDataType, 'String');
    assert.equal(custom.Mutable, true);
    assert.deepEqual(custom.StringAttributeConstraints, customAttribute.StringAttributeConstraints);
    assert.ok(pool.SchemaAttributes.some((a) => a.Name === 'sub'), 'the standard attributes are there too');
  });

  await t.test('ListUserPools pages with MaxResults and NextToken until every pool appears', async (st) => {
    // Two more pools, so that pages of one pool each must follow NextToken at least twice.
    const others = [];
    for (const suffix of ['a', 'b']) {
      const other = await client.send(new CreateUserPoolCommand({ PoolName: `${name}-${suffix}` }));
      others.push(other.UserPool.Id);
    }
    st.after(() => Promise.all(others.map((other) => client.send(new DeleteUserPoolCommand({ UserPoolId: other })))));

    const wanted = new Set([id, ...others]);
    const seen = new Map();
    let nextToken;
    let pages = 0;
    do {
      const page = await client.send(new ListUserPoolsCommand({ MaxResults: 1, NextToken: nextToken }));
      pages += 1;
      assert.ok(page.UserPools.length <= 1, `a page holds at most MaxResults pools, got ${page.UserPools.length}`);
      for (const pool of page.UserPools) {
        assert.ok(!seen.has(pool.Id), `pool ${pool.Id} listed once only`);
        seen.set(pool.Id, pool);
      }
      nextToken = page.NextToken;
    } while (nextToken && [...wanted].some((w) => !seen.has(w)) && pages < 1000);

    for (const w of wanted) {
      assert.ok(seen.has(w), `pool ${w} listed within ${pages} pages`);
    }
    assert.ok(pages >= 3, `three pools at one a page take at least three pages, took ${pages}`);
    const listed = seen.get(id);
    assert.equal(listed.Name, name);
    assert.ok(listed.CreationDate instanceof Date);
  });

  await t.test('DeleteUserPool, then DescribeUserPool throws ResourceNotFoundException', async () => {
    const deleted = await client.send(new DeleteUserPoolCommand({ UserPoolId: id }));
    assert.equal(deleted.$metadata.httpStatusCode, 200);

    const error = await rejectionOf(() => client.send(new DescribeUserPoolCommand({ UserPoolId: id })));
    assert.ok(error instanceof ResourceNotFoundException, `got ${error.name}: ${error.message}`);
    assert.equal(error.name, 'ResourceNotFoundException');
    assert.equal(error.$metadata.httpStatusCode, 400);
  });
});

test('DescribeUserPool of a pool that never existed throws ResourceNotFoundException', async (t) => {
  const client = cognitoClient();
  t.after(() => client.destroy());

  const error = await rejectionOf(() => client.send(new DescribeUserPoolCommand({ UserPoolId: 'us-east-1_NoSuchPool0' })));
  assert.equal(error.name, 'ResourceNotFoundException');
  assert.equal(error.$metadata.httpStatusCode, 400);
});
