using BreachFilterBuilder;

// Usage is in Commands.Usage; every command returns a process exit code.
return args switch
{
    ["pwned", var input, var output] => Commands.Pwned(input, output),
    ["passwords", var input, var output] => Commands.Passwords(input, output),
    ["info", var filter] => Commands.Info(filter),
    ["check", var filter] => Commands.Check(filter, Console.In),
    _ => Commands.Usage(),
};
