namespace Cluster.Protocol.Tests.CognitoIdp;

[Collection(SiloCollection.Name)]
public sealed class DeviceOperationsTests(SiloFactory silo)
{
    private const string Password = "Corr3ct-Horse!";
    private readonly AdminClient admin = silo.Admin();
    private readonly AdminClient app = silo.Anonymous();

    private async Task<(string PoolId, string Access, string DeviceKey)> SignedInWithOfferedDeviceAsync(string username)
    {
        var (poolId, clientId) = await PoolFixture.CreateAsync(silo, new { PoolName = "devices", DeviceConfiguration = new { ChallengeRequiredOnNewDevice = true, DeviceOnlyRememberedOnUserPrompt = true } });
        (await admin.CallAsync("AdminCreateUser", new { UserPoolId = poolId, Username = username, MessageAction = "SUPPRESS" })).AssertOk();
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = username, Password, Permanent = true })).AssertOk();
        var result = (await app.CallAsync("InitiateAuth", new { ClientId = clientId, AuthFlow = "USER_PASSWORD_AUTH", AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = Password } }))
            .AssertOk().Json.GetProperty("AuthenticationResult");
        var metadata = result.GetProperty("NewDeviceMetadata");
        Assert.StartsWith("-", metadata.GetProperty("DeviceGroupKey").GetString(), StringComparison.Ordinal);
        return (poolId, result.GetProperty("AccessToken").GetString()!, metadata.GetProperty("DeviceKey").GetString()!);
    }

    [Fact]
    public async Task ConfirmDevice_OnUserPromptPool_NeedsUserConfirmationThenCanBeRemembered()
    {
        var (poolId, access, deviceKey) = await SignedInWithOfferedDeviceAsync("dee");
        var secret = Cluster.Domain.Srp.SrpClient.GenerateDeviceSecret("-group", deviceKey);

        var confirmed = (await app.CallAsync("ConfirmDevice", new { AccessToken = access, DeviceKey = deviceKey, DeviceName = "phone", DeviceSecretVerifierConfig = new { PasswordVerifier = secret.PasswordVerifierBase64, Salt = secret.SaltBase64 } })).AssertOk();

        Assert.True(confirmed.Json.GetProperty("UserConfirmationNecessary").GetBoolean());
        (await app.CallAsync("UpdateDeviceStatus", new { AccessToken = access, DeviceKey = deviceKey, DeviceRememberedStatus = "remembered" })).AssertOk();
        var device = (await admin.CallAsync("AdminGetDevice", new { UserPoolId = poolId, Username = "dee", DeviceKey = deviceKey })).AssertOk().Json.GetProperty("Device");
        Assert.Equal(deviceKey, device.GetProperty("DeviceKey").GetString());
        Assert.Contains(device.GetProperty("DeviceAttributes").EnumerateArray(), a => a.GetProperty("Name").GetString() == "device_name" && a.GetProperty("Value").GetString() == "phone");
        Assert.Single((await admin.CallAsync("AdminListDevices", new { UserPoolId = poolId, Username = "dee" })).AssertOk().Json.GetProperty("Devices").EnumerateArray());

        (await admin.CallAsync("AdminForgetDevice", new { UserPoolId = poolId, Username = "dee", DeviceKey = deviceKey })).AssertOk();
        (await app.CallAsync("GetDevice", new { AccessToken = access, DeviceKey = deviceKey })).AssertError("ResourceNotFoundException");
    }

    [Fact]
    public async Task ConfirmDevice_BadInput_IsTyped()
    {
        var (_, access, deviceKey) = await SignedInWithOfferedDeviceAsync("eli");

        (await app.CallAsync("ConfirmDevice", new { AccessToken = access, DeviceKey = deviceKey, DeviceSecretVerifierConfig = new { PasswordVerifier = "not base64!", Salt = "AAAA" } })).AssertError("InvalidParameterException");
        (await app.CallAsync("ConfirmDevice", new { AccessToken = access, DeviceKey = "us-east-1_00000000-0000-0000-0000-000000000000", DeviceSecretVerifierConfig = new { PasswordVerifier = "AAAA", Salt = "AAAA" } })).AssertError("ResourceNotFoundException");
        (await app.CallAsync("ConfirmDevice", new { AccessToken = "forged.token.here", DeviceKey = deviceKey })).AssertError("NotAuthorizedException");
        (await app.CallAsync("UpdateDeviceStatus", new { AccessToken = access, DeviceKey = deviceKey, DeviceRememberedStatus = "sometimes" })).AssertError("InvalidParameterException");
    }
}
