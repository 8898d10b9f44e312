; Windows installer of the laptop program (Inno Setup 6). Not verified in CI: build it on a
; Windows machine with the same recipe as Linux:
;   python -m pip install -e ".[desktop,server,dev]"
;   python packaging\package_files.py build\package\meta
;   set SUBEI_PACKAGE_META=<the build\package\meta\subei_mobile-*.dist-info folder>
;   set SUBEI_PACKAGE_ICO=%CD%\build\package\meta\subei-mobile.ico
;   pyside6-lrelease i18n\subei_zh_CN.ts -qm ui\subei_ui\i18n\subei_zh_CN.qm  (and mn_Mong_CN)
;   python -m PyInstaller --noconfirm --distpath build\package\dist packaging\subei.spec
;   iscc /DAppVersion=<version> packaging\windows\subei-mobile.iss
; User data stays in %LOCALAPPDATA%\Subei\subei-mobile; uninstalling never removes it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1D2C4B-5A0E-4C57-9B3E-6C1E2A7D9F10}
AppName=草原流动服务 Subei mobile service
AppVersion={#AppVersion}
AppPublisher=Subei mobile service centre
DefaultDirName={autopf}\Subei mobile service
DefaultGroupName=草原流动服务
OutputDir=..\..\dist
OutputBaseFilename=subei-mobile-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\build\package\meta\subei-mobile.ico

[Files]
Source: "..\..\build\package\dist\subei\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
; One program, two names (it picks the command from the name it runs as).
Source: "..\..\build\package\dist\subei\subei.exe"; DestDir: "{app}"; DestName: "subei-mobile.exe"
Source: "..\..\build\package\dist\subei\subei.exe"; DestDir: "{app}"; DestName: "subei-server.exe"

[Icons]
Name: "{group}\草原流动服务"; Filename: "{app}\subei-mobile.exe"; Parameters: "app"
Name: "{autodesktop}\草原流动服务"; Filename: "{app}\subei-mobile.exe"; Parameters: "app"

[Registry]
; subei-mobile and subei-server on PATH for the IT person's scripts.
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
    ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
    Check: NeedsAddPath(ExpandConstant('{app}'))

[Code]
function NeedsAddPath(Dir: string): Boolean;
var Paths: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Paths) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
