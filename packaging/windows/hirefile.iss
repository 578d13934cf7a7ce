; Inno Setup 6 script: Hirefile's Windows installer. Made by build.ps1 (which passes
; AppVersion and Root); by hand: iscc /DAppVersion=0.1.0 /DRoot=C:\path\to\hirefile hirefile.iss
;
; Installs for the current user by default (no administrator needed; the dialog offers all
; users), adds a Start menu entry, makes .hirefile files open in Hirefile, and puts the
; `hirefile` command on the user's PATH if asked.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Root
  #define Root "..\.."
#endif

[Setup]
AppId={{6E1F2B4A-7C3D-4E8B-9A1F-48495246F001}
AppName=Hirefile
AppVersion={#AppVersion}
AppPublisher=Hirefile
AppComments=An offline hiring desk for startup founders
DefaultDirName={autopf}\Hirefile
DefaultGroupName=Hirefile
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
OutputDir={#Root}\dist
OutputBaseFilename=Hirefile-{#AppVersion}-setup
SetupIconFile={#Root}\build\bundle\work\hirefile\hirefile.ico
UninstallDisplayIcon={app}\hirefilew.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked
Name: "addtopath"; Description: "Add the hirefile command to PATH (for the command line)"; Flags: unchecked

[Files]
Source: "{#Root}\build\bundle\dist\hirefile\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Hirefile"; Filename: "{app}\hirefilew.exe"
Name: "{autodesktop}\Hirefile"; Filename: "{app}\hirefilew.exe"; Tasks: desktopicon

[Registry]
; .hirefile -> Hirefile.File, opened by the app (double-click, "Open with")
Root: HKA; Subkey: "Software\Classes\.hirefile"; ValueType: string; ValueName: ""; ValueData: "Hirefile.File"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hirefile"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-hirefile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hirefile\OpenWithProgids"; ValueType: string; ValueName: "Hirefile.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Hirefile.File"; ValueType: string; ValueName: ""; ValueData: "Hirefile hiring file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Hirefile.File\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\hirefilew.exe,0"
Root: HKA; Subkey: "Software\Classes\Hirefile.File\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\hirefilew.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\hirefilew.exe\SupportedTypes"; ValueType: string; ValueName: ".hirefile"; ValueData: ""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\hirefilew.exe"; Description: "{cm:LaunchProgram,Hirefile}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
