namespace Cluster.Domain.Users;

/// <summary>Who writes attributes, which decides what may be written.</summary>
public enum AttributeWriter
{
    /// <summary>Through an app client: SignUp, UpdateUserAttributes, DeleteUserAttributes (access token).</summary>
    User,

    /// <summary>IAM-authorized: AdminCreateUser, AdminUpdateUserAttributes, AdminDeleteUserAttributes.</summary>
    Admin,
}
