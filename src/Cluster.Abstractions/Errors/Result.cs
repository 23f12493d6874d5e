namespace Cluster.Abstractions.Errors;

/// <summary>
/// A grain reply: either a value or an <see cref="IdentityError"/>. Expected failures travel as values,
/// not exceptions, so a wrong password costs no stack unwinding across the cluster.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cluster.Result`1")]
public sealed class Result<T>
{
    [Id(0)] public T? Value { get; init; }

    [Id(1)] public IdentityError? Error { get; init; }

    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new() { Value = value };

    public static Result<T> Fail(IdentityError error) => new() { Error = error };

    public static Result<T> Fail(string code, string message) => Fail(new IdentityError(code, message));

    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(IdentityError error) => Fail(error);
}
