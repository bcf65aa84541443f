@echo off
rem dangvu launcher (Windows).
rem   dangvu                           opens the window
rem   dangvu --db FILE                 opens the window on FILE (also --db=FILE; the file must exist)
rem   dangvu [--db FILE] COMMAND ...   runs a command-line task; its exit code is passed through
rem
rem Needs Java 25 or newer. Looked up in this order: %DANGVU_JAVA% (path to java.exe), %JAVA_HOME%\bin\java.exe,
rem a JDK 25 under Program Files (Eclipse Adoptium, Java, Microsoft, Zulu), java.exe on the PATH.
rem Extra JVM options: %DANGVU_JAVA_OPTS%. Data folder: %DANGVU_HOME%, else %LOCALAPPDATA%\dangvu.
rem This script does not use the AOT start-up cache (bin/dangvu does); the Windows installer is the supported route.
setlocal EnableExtensions DisableDelayedExpansion

for %%I in ("%~dp0..") do set "APP_HOME=%%~fI"
set "JAVA="

if defined DANGVU_JAVA call :try "%DANGVU_JAVA%"
if not defined JAVA if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-2*" "%ProgramFiles%\Eclipse Adoptium\jre-2*" "%ProgramFiles%\Java\jdk-2*" "%ProgramFiles%\Microsoft\jdk-2*" "%ProgramFiles%\Zulu\zulu-2*") do (
  if not defined JAVA call :try "%%~fD\bin\java.exe"
)
if not defined JAVA for /f "delims=" %%J in ('where java.exe 2^>nul') do (
  if not defined JAVA call :try "%%~fJ"
)

if not defined JAVA goto :nojava

rem A command prints Vietnamese: run it with the console on code page 65001 (UTF-8) and Java writing UTF-8 to the
rem console, then put the console's code page back. The window (no arguments) needs neither.
set "OLDCP="
if not "%~1"=="" (
  for /f "tokens=2 delims=:" %%c in ('chcp') do set "OLDCP=%%c"
  chcp 65001 >nul
)
"%JAVA%" ${app.jvm.startup} -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 ^
  -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true ^
  --module-path "%APP_HOME%\javafx" --add-modules javafx.controls,javafx.fxml,javafx.swing ^
  --enable-native-access=javafx.graphics,ALL-UNNAMED ${app.jvm.exports} ^
  %DANGVU_JAVA_OPTS% ^
  -cp "%APP_HOME%\lib\*" ${main.class} %*
set "RC=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP: =% >nul
exit /b %RC%

:nojava
rem The message is UTF-8: switch the console to code page 65001 while printing it, then switch back.
set "OLDCP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "OLDCP=%%c"
chcp 65001 >nul
echo Lỗi: không tìm thấy Java 25 (JDK hoặc JRE phiên bản 25 trở lên), nên không chạy được Đảng vụ. 1>&2
echo Hãy cài Java 25 (ví dụ Eclipse Temurin 25), hoặc đặt biến DANGVU_JAVA trỏ tới tệp java.exe của Java 25, 1>&2
echo ví dụ: set "DANGVU_JAVA=C:\Program Files\Eclipse Adoptium\jdk-25\bin\java.exe" 1>&2
if defined OLDCP chcp %OLDCP: =% >nul
rem Opened by double-click (no arguments): keep the window open so the message can be read.
if "%~1"=="" pause
exit /b 1

rem :try "path\to\java.exe" -- sets JAVA when that file is Java 25 or newer.
:try
if not exist "%~1" exit /b 0
set "JV="
rem A JDK or a jlinked runtime has a release file: JAVA_VERSION="25.0.1". Reading it needs no JVM start.
if exist "%~dp1..\release" for /f "usebackq tokens=1,2 delims==." %%a in ("%~dp1..\release") do (
  if "%%a"=="JAVA_VERSION" set "JV=%%~b"
)
if not defined JV (
  "%~1" -XshowSettings:properties -version > "%TEMP%\dangvu-java-version.txt" 2>&1
  for /f "usebackq tokens=2 delims==" %%v in (`findstr /c:"java.specification.version" "%TEMP%\dangvu-java-version.txt"`) do set "JV=%%v"
  del "%TEMP%\dangvu-java-version.txt" >nul 2>&1
)
if not defined JV exit /b 0
set "JV=%JV:"=%"
set "JV=%JV: =%"
for /f "tokens=1 delims=." %%m in ("%JV%") do set "JV=%%m"
set "JVN=0"
set /a "JVN=JV" 2>nul
if %JVN% GEQ 25 set "JAVA=%~1"
exit /b 0
