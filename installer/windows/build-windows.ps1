<#
.SYNOPSIS
  Builds the Windows installer of dangvu (MSI by default, or EXE) with jpackage from JDK 25 and WiX v4/v5 (or 3.x).

.DESCRIPTION
  Run on Windows (jpackage cannot cross-build), from the repository root or anywhere:
    powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1 [-Type msi|exe] [-SkipMvn]
  Needs: JDK 25 (JDK25_HOME or JAVA_HOME), Maven, WiX (wix.exe v4/v5, or candle.exe/light.exe 3.x) on PATH.
  Output: target\installer\dangvu-<version>.msi (or .exe). See installer\windows\README.md.
#>
param(
    [ValidateSet('msi', 'exe')] [string] $Type = 'msi',
    [switch] $SkipMvn
)
$ErrorActionPreference = 'Stop'

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$Dist = Join-Path $Root 'target\dist'
$Out = Join-Path $Root 'target\installer'
$Name = 'dangvu'
# Fixed forever: lets a newer MSI replace an older one in place. Never change it.
$UpgradeUuid = '6f1d3c2a-8b4e-4f7a-9d35-2c7e1a0b5d91'
# ASCII only: WiX's default MSI localization uses code page 1252 and rejects Vietnamese letters (LGHT0311).
$Vendor = 'dangvu project'
$Description = 'Dang vu: ho so dang vien, danh gia, khen thuong cua dang bo xa'

function Find-Jdk25 {
    foreach ($jdkHome in @($env:JDK25_HOME, $env:JAVA_HOME) + (Get-ChildItem -Directory -ErrorAction SilentlyContinue `
            "$env:ProgramFiles\Eclipse Adoptium\jdk-2*", "$env:ProgramFiles\Java\jdk-2*", "$env:ProgramFiles\Microsoft\jdk-2*" |
            ForEach-Object FullName)) {
        if (-not $jdkHome) { continue }
        $release = Join-Path $jdkHome 'release'
        $jpackage = Join-Path $jdkHome 'bin\jpackage.exe'
        if ((Test-Path $release) -and (Test-Path $jpackage)) {
            $line = Select-String -Path $release -Pattern '^JAVA_VERSION="(\d+)' | Select-Object -First 1
            if ($line -and [int]$line.Matches[0].Groups[1].Value -ge 25) { return $jdkHome }
        }
    }
    throw 'No JDK 25 with jpackage found: set JDK25_HOME (e.g. C:\Program Files\Eclipse Adoptium\jdk-25...).'
}

$Jdk = Find-Jdk25
$JPackage = Join-Path $Jdk 'bin\jpackage.exe'
Write-Host "JDK: $Jdk"

if (-not (Get-Command wix.exe -ErrorAction SilentlyContinue) -and -not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
    throw 'WiX not found on PATH: install WiX v4/v5 (dotnet tool install --global wix) or WiX 3.14 (candle.exe, light.exe).'
}

$sw = [Diagnostics.Stopwatch]::StartNew()
if (-not $SkipMvn) {
    Push-Location $Root
    try {
        # the pom's "windows" profile picks the -win JavaFX jars on Windows
        & mvn -B -ntp -q package -DskipTests
        if ($LASTEXITCODE -ne 0) { throw "mvn package failed ($LASTEXITCODE)" }
    } finally { Pop-Location }
}

$AppJar = Get-ChildItem (Join-Path $Dist 'lib') -Filter "$Name-*.jar" | Select-Object -First 1
if (-not $AppJar) { throw "No app jar in $Dist\lib: run mvn package" }
$Version = ($AppJar.BaseName -replace "^$Name-", '') -replace '-.*$', ''

if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
$InputDir = Join-Path $Out 'input'
$FxMods = Join-Path $Out 'fxmods'
New-Item -ItemType Directory -Force $InputDir, $FxMods | Out-Null
Copy-Item (Join-Path $Dist 'lib\*.jar') $InputDir
Copy-Item (Join-Path $Dist 'javafx\javafx-*-win.jar') $FxMods
if (-not (Get-ChildItem $FxMods)) { throw 'No -win JavaFX jars in target\dist\javafx (built on another OS?)' }

$Modules = 'java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,' +
    'java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.localedata,jdk.net,jdk.unsupported,jdk.zipfs,' +
    'javafx.controls,javafx.fxml,javafx.swing'

$JpArgs = @(
    '--type', $Type, '--dest', $Out, '--name', $Name, '--app-version', $Version,
    '--vendor', $Vendor, '--description', $Description, '--copyright', 'Apache-2.0',
    '--icon', (Join-Path $Root 'installer\icons\dangvu.ico'),
    '--license-file', (Join-Path $Root 'LICENSE'),
    '--input', $InputDir, '--main-jar', $AppJar.Name, '--main-class', 'vn.dangvu.Launcher',
    '--module-path', $FxMods, '--add-modules', $Modules,
    '--jlink-options', '--strip-debug --no-header-files --no-man-pages --generate-cds-archive --include-locales=en,vi --compress=zip-6',
    '--java-options', '-Dfile.encoding=UTF-8',
    '--java-options', '-Dorg.jooq.no-logo=true',
    '--java-options', '-Dorg.jooq.no-tips=true',
    '--java-options', '--enable-native-access=javafx.graphics,ALL-UNNAMED',
    '--java-options', '--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED',
    '--win-upgrade-uuid', $UpgradeUuid,
    '--win-menu', '--win-menu-group', 'dangvu', '--win-shortcut', '--win-dir-chooser', '--win-per-user-install',
    # per-user default would be %LOCALAPPDATA%\dangvu, which is the DATA folder: keep the program apart
    '--install-dir', 'Programs\dangvu'
)
# Optional: a resource dir with a custom .wxl (Codepage 1258) to use Vietnamese names; see README.md
$ResDir = Join-Path $PSScriptRoot 'resources'
if (Test-Path $ResDir) { $JpArgs += @('--resource-dir', $ResDir) }

& $JPackage @args
if ($LASTEXITCODE -ne 0) { throw "jpackage failed ($LASTEXITCODE)" }
$sw.Stop()
Get-ChildItem $Out -Filter "*.$Type" | ForEach-Object { '{0}  {1:N1} MB' -f $_.FullName, ($_.Length / 1MB) }
Write-Host ('Built in {0:N0} s' -f $sw.Elapsed.TotalSeconds)
