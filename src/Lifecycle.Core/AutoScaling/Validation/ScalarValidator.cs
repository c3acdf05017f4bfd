using FluentValidation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Validation;

/// <summary>Runs one value's rule chain on its own, for the value types' <c>Parse</c> methods.</summary>
internal sealed class ScalarValidator<TValue> : AbstractValidator<ScalarValidator<TValue>.Holder>
{
    private readonly string _member;

    public ScalarValidator(string member, string requiredCode, string requiredMessage, Action<IRuleBuilder<Holder, TValue?>, string> rules)
    {
        _member = member;
        RuleFor(h => h.Value).Cascade(CascadeMode.Stop)
            .NotNull().WithErrorCode(requiredCode).WithMessage(requiredMessage)
            .DependentRules(() => rules(RuleFor(h => h.Value).Cascade(CascadeMode.Stop), member));
    }

    public IReadOnlyList<Diagnostic> Check(TValue? value) => Validate(new Holder(value)).ToDiagnostics(_member);

    internal sealed class Holder(TValue? value)
    {
        public TValue? Value { get; } = value;
    }
}
