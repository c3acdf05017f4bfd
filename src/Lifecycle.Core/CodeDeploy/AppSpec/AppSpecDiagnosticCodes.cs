namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// The stable diagnostic codes of AppSpec files; docs/appspec-rules.md shows each with a bad and a fixed example
/// and, for errors, the CodeDeploy agent's message it stands for. APP0xx: reading the document (the same numbers mean the same in the ASH and SIM families); APP1xx: errors
/// the agent fails a deployment on; APP2xx: warnings, what the agent lets through but is almost surely a mistake.
/// </summary>
public static class AppSpecDiagnosticCodes
{
    /// <summary>The YAML (or JSON) is malformed.</summary>
    public const string YamlSyntax = "APP001";

    /// <summary>The document is past a size, depth or node limit (<see cref="AppSpecLimits"/>).</summary>
    public const string DocumentTooLarge = "APP002";

    /// <summary>The document uses a YAML alias, which the agent's YAML.load refuses.</summary>
    public const string AliasNotAllowed = "APP003";

    /// <summary>A plain scalar reads as a date, time or symbol, which the agent's YAML.load refuses to create.</summary>
    public const string DisallowedScalar = "APP004";

    /// <summary>The document is not a mapping of keys to values.</summary>
    public const string RootNotMapping = "APP005";

    /// <summary>Warning: a key the agent ignores (unknown or miscased, such as Hooks:).</summary>
    public const string UnknownKey = "APP007";

    /// <summary>Warning: a key given twice in one mapping; the last one wins.</summary>
    public const string DuplicateKey = "APP008";

    /// <summary>Error: the file's bytes are not UTF-8 (a Windows-1252 character, a UTF-16 file), which the agent's YAML reader refuses.</summary>
    public const string NotUtf8Text = "APP009";

    /// <summary>Error: a character YAML forbids (a control character, U+FFFE, a lone surrogate), which the agent's YAML reader refuses.</summary>
    public const string ForbiddenCharacter = "APP010";

    /// <summary>The file is empty (or only comments).</summary>
    public const string Empty = "APP101";

    /// <summary>version is missing or not 0.0 (a quoted "0.0" is a string, and refused).</summary>
    public const string InvalidVersion = "APP102";

    /// <summary>os is missing or not a supported operating system.</summary>
    public const string InvalidOs = "APP103";

    /// <summary>hooks is not a mapping of lifecycle events.</summary>
    public const string HooksNotMapping = "APP104";

    /// <summary>A lifecycle event's value is not a list of scripts.</summary>
    public const string HookNotList = "APP105";

    /// <summary>A script entry is not a mapping.</summary>
    public const string ScriptNotMapping = "APP106";

    /// <summary>A script has no location.</summary>
    public const string ScriptWithoutLocation = "APP107";

    /// <summary>A script's timeout is not a positive number of seconds as the agent reads it.</summary>
    public const string InvalidTimeout = "APP108";

    /// <summary>files is not a list of mappings.</summary>
    public const string FilesNotList = "APP109";

    /// <summary>A files entry has no source.</summary>
    public const string FileWithoutSource = "APP110";

    /// <summary>A files entry has no destination.</summary>
    public const string FileWithoutDestination = "APP111";

    /// <summary>permissions is not a list of mappings, or a part of an entry has the wrong shape.</summary>
    public const string PermissionsShape = "APP112";

    /// <summary>A permission has no object.</summary>
    public const string PermissionWithoutObject = "APP113";

    /// <summary>permissions on a Windows AppSpec.</summary>
    public const string PermissionsOnWindows = "APP114";

    /// <summary>A permission type other than file or directory.</summary>
    public const string InvalidPermissionType = "APP115";

    /// <summary>A mode longer than four digits.</summary>
    public const string ModeTooLong = "APP116";

    /// <summary>A mode with a character other than 0-7.</summary>
    public const string ModeInvalidCharacter = "APP117";

    /// <summary>An ACL entry of the wrong form.</summary>
    public const string InvalidAcl = "APP118";

    /// <summary>An ACL entry for the base user, group or other, which mode sets.</summary>
    public const string AclBaseEntry = "APP119";

    /// <summary>An ACL permission with a character other than r, w, x, - or one octal digit.</summary>
    public const string AclInvalidPermission = "APP120";

    /// <summary>An SELinux context without a type.</summary>
    public const string ContextWithoutType = "APP121";

    /// <summary>An SELinux range of the wrong form.</summary>
    public const string InvalidSeLinuxRange = "APP122";

    /// <summary>file_exists_behavior is not DISALLOW, OVERWRITE or RETAIN.</summary>
    public const string InvalidFileExistsBehavior = "APP123";

    /// <summary>ECS/Lambda: version is missing or not 0.0.</summary>
    public const string FunctionAppSpecVersion = "APP301";

    /// <summary>ECS/Lambda: Resources is missing or not a list.</summary>
    public const string ResourcesMissing = "APP302";

    /// <summary>ECS/Lambda: not exactly one target resource (one TargetService, or one Lambda function).</summary>
    public const string ResourceCount = "APP303";

    /// <summary>ECS/Lambda: a resource's Type is not AWS::ECS::Service or AWS::Lambda::Function.</summary>
    public const string ResourceType = "APP304";

    /// <summary>ECS/Lambda: a required property is missing or empty.</summary>
    public const string PropertyRequired = "APP305";

    /// <summary>ECS/Lambda: a property has the wrong type (ContainerPort a number, versions positive integers, and so on).</summary>
    public const string PropertyType = "APP306";

    /// <summary>ECS: NetworkConfiguration gives only some of its settings, or AssignPublicIp is not ENABLED or DISABLED.</summary>
    public const string NetworkConfiguration = "APP307";

    /// <summary>ECS: CapacityProviderStrategy has more than one Base, or an entry without a CapacityProvider.</summary>
    public const string CapacityProviderStrategy = "APP308";

    /// <summary>ECS/Lambda: Hooks is not a list of single-key mappings (event: function).</summary>
    public const string FunctionHooksShape = "APP309";

    /// <summary>ECS/Lambda: a hook event the platform does not have.</summary>
    public const string FunctionHookEvent = "APP310";

    /// <summary>ECS/Lambda: a hook without a function name.</summary>
    public const string FunctionHookName = "APP311";

    /// <summary>Warning: a lifecycle event name the agent does not know (misspelled or miscased); its scripts never run.</summary>
    public const string UnknownEvent = "APP201";

    /// <summary>Warning: a reserved lifecycle event that cannot run scripts (Install, DownloadBundle, AllowTraffic, BlockTraffic, Start, End).</summary>
    public const string ReservedEvent = "APP202";

    /// <summary>Warning: a lifecycle event of another compute platform.</summary>
    public const string OtherPlatformEvent = "APP203";

    /// <summary>Warning: a traffic hook, which runs only when the deployment group has a load balancer.</summary>
    public const string TrafficHookNeedsLoadBalancer = "APP205";

    /// <summary>Warning: the scripts of one lifecycle event add up to more than 3600 seconds.</summary>
    public const string EventTimeoutOverHour = "APP206";

    /// <summary>Warning: a script location that is absolute or leaves the revision with "..".</summary>
    public const string LocationOutsideRevision = "APP207";

    /// <summary>Warning: runas on Windows, where the agent ignores it.</summary>
    public const string RunAsOnWindows = "APP208";

    /// <summary>Warning: an unquoted mode with a leading zero, which YAML reads as an octal number.</summary>
    public const string UnquotedOctalMode = "APP209";

    /// <summary>Warning: an overwrite: key in files, which the agent ignores.</summary>
    public const string OverwriteKeyIgnored = "APP210";

    /// <summary>Warning: a UTF-8 byte order mark.</summary>
    public const string ByteOrderMark = "APP211";

    /// <summary>Warning: a timeout the agent reads differently from how it is written ("30abc" is 30).</summary>
    public const string TimeoutReadDifferently = "APP212";

    /// <summary>Warning: an empty source or destination, which the newer (v2) agent refuses.</summary>
    public const string EmptyFilePath = "APP214";

    /// <summary>Info: a lifecycle event with no scripts (a null value); the agent drops it.</summary>
    public const string EmptyHook = "APP215";

    /// <summary>Warning: a number written in quotes where the docs say a number (ECS ContainerPort, Base, Weight).</summary>
    public const string NumberAsText = "APP217";

    /// <summary>Info: more than one YAML document; only the first is read.</summary>
    public const string ExtraDocuments = "APP216";

    /// <summary>Warning: text after the end of the first YAML document that the agent never reads (a line less indented than the document).</summary>
    public const string UnreadContent = "APP218";

    // The revision around the AppSpec (APP4xx): checked when the AppSpec is read inside its revision folder.

    /// <summary>Error: a script's location is not in the revision ("Script does not exist at specified location").</summary>
    public const string ScriptMissing = "APP401";

    /// <summary>Error: a script's location is a folder of the revision, not a file.</summary>
    public const string ScriptIsFolder = "APP402";

    /// <summary>Error: a script's location climbs out of the revision with "..".</summary>
    public const string ScriptOutsideRevision = "APP403";

    /// <summary>Error: the script's #! line ends in a carriage return (CRLF line endings), so its interpreter is not found.</summary>
    public const string ShebangCarriageReturn = "APP410";

    /// <summary>Warning: the script's interpreter is one the AppSpec's os cannot start it with.</summary>
    public const string InterpreterNotForOs = "APP411";

    /// <summary>Warning: a Linux script with no #! line, which /bin/sh (or runas's shell) runs instead.</summary>
    public const string NoShebang = "APP412";

    /// <summary>Warning: a command started in the background with its output still on the agent's pipes.</summary>
    public const string BackgroundHoldsOutput = "APP413";

    /// <summary>Error: a files source that is not in the revision.</summary>
    public const string SourceMissing = "APP420";

    /// <summary>Error: the install plan copies two files of the revision to one path.</summary>
    public const string InstallCopiesTwice = "APP421";

    /// <summary>Error: the install plan copies a file where it makes a folder.</summary>
    public const string InstallCopiesOntoFolder = "APP422";

    /// <summary>Error: the install plan makes a folder where it has copied a file.</summary>
    public const string InstallMakesFolderOnFile = "APP423";

    /// <summary>Warning: an AppSpec file in the revision that the agent does not read.</summary>
    public const string AppSpecNotRead = "APP430";

    /// <summary>Info: ApplicationStop, BeforeBlockTraffic and AfterBlockTraffic scripts run from the last successful revision.</summary>
    public const string ScriptsFromLastRevision = "APP431";
}
