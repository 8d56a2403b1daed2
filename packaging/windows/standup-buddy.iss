; Inno Setup 6 script for Standup Buddy: a per-user installer, no admin rights.
;
; Build (on Windows, from the repository root):
;   .venv\Scripts\pyinstaller --noconfirm packaging\standup-buddy.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\standup-buddy.iss
; The installer lands in dist\standup-buddy-<version>-setup.exe.
;
; Where the app keeps its files (platformdirs, appname "standup-buddy",
; appauthor=False): settings and history both in %LOCALAPPDATA%\standup-buddy.
; Uninstalling removes the program and the "start at login" entry and asks
; before deleting that folder; a silent uninstall keeps it.

#define AppName "Standup Buddy"
#define AppId "io.github.standup_buddy.StandupBuddy"
#define AppExe "standup-buddy.exe"
#define AppDataName "standup-buddy"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"

; The version is read from src\standup_buddy\__init__.py, the one place it is
; kept; "ISCC /DAppVersion=1.2.3" overrides it.
#ifndef AppVersion
  #define InitPy AddBackslash(SourcePath) + "..\..\src\standup_buddy\__init__.py"
  #define VersionPrefix '__version__ = "'
  #define AppVersion ""
  #define FileHandle
  #define Line
  #sub ReadVersionLine
    #expr Line = FileRead(FileHandle)
    #if Pos(VersionPrefix, Line) == 1
      #expr AppVersion = Copy(Line, Len(VersionPrefix) + 1, Len(Line) - Len(VersionPrefix) - 1)
    #endif
  #endsub
  #for {FileHandle = FileOpen(InitPy); FileHandle && !FileEof(FileHandle); ""} ReadVersionLine
  #if FileHandle
    #expr FileClose(FileHandle)
  #endif
  #if AppVersion == ""
    #error Could not read __version__ from src\standup_buddy\__init__.py
  #endif
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Standup Buddy developers
AppPublisherURL=https://github.com/standup-buddy/standup-buddy
AppSupportURL=https://github.com/standup-buddy/standup-buddy/issues
; Per-user install: no administrator prompt, nothing outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousTasks=yes
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running copy (it lives in the tray) is closed before files are replaced.
CloseApplications=force
RestartApplications=no
SetupIconFile=standup-buddy.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=standup-buddy-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "autostart"; Description: "Start {#AppName} when I sign in"; GroupDescription: "Start-up:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller one-folder bundle (standup-buddy.exe, standup-buddy-cli.exe, _internal\).
Source: "..\..\dist\standup-buddy\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The AppUserModelID ties Windows notifications to this Start-menu entry.
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Same value the app's own "Start at login" setting writes, so either can undo the other.
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Tasks: autostart; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName} now"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}"

[Code]
function UserDataFolders(): TArrayOfString;
begin
  SetArrayLength(Result, 2);
  Result[0] := ExpandConstant('{localappdata}\{#AppDataName}');
  Result[1] := ExpandConstant('{userappdata}\{#AppDataName}');
end;

procedure StopRunningApp();
var
  ResultCode: Integer;
begin
  { The app survives being killed at any moment (at most a minute of
    tracking is lost), and a tray app has no window to close politely. }
  Exec(ExpandConstant('{sys}\taskkill.exe'), '/F /IM {#AppExe}', '', SW_HIDE,
    ewWaitUntilTerminated, ResultCode);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folders: TArrayOfString;
  I: Integer;
  HasData: Boolean;
begin
  if CurUninstallStep = usUninstall then
  begin
    StopRunningApp();
    { Also when the app, not the installer, turned "start at login" on. }
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#AppName}');
  end;

  if CurUninstallStep = usPostUninstall then
  begin
    Folders := UserDataFolders();
    HasData := False;
    for I := 0 to GetArrayLength(Folders) - 1 do
      if DirExists(Folders[I]) then
        HasData := True;
    { Keep the history unless the user says otherwise; a silent uninstall
      (used by upgrades and scripts) always keeps it. }
    if HasData and (SuppressibleMsgBox(
        'Do you also want to delete your Standup Buddy settings and break history?' + #13#10 + #13#10 +
        'Choose No to keep them for a later reinstall.' + #13#10 +
        'They are in ' + Folders[0],
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES) then
    begin
      for I := 0 to GetArrayLength(Folders) - 1 do
        if DirExists(Folders[I]) then
          DelTree(Folders[I], True, True, True);
    end;
  end;
end;
