@echo off
rem dangvu launcher: no arguments opens the window, arguments run a command-line task.
rem Needs Java 25: %DANGVU_JAVA%, else %JAVA_HOME%\bin\java.exe, else java on PATH.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined DANGVU_JAVA set "JAVA=%DANGVU_JAVA%"
"%JAVA%" -Dfile.encoding=UTF-8 -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true ^
  --module-path "%APP_HOME%\javafx" --add-modules javafx.controls,javafx.fxml,javafx.swing ^
  --enable-native-access=javafx.graphics,ALL-UNNAMED ${app.jvm.exports} ^
  %DANGVU_JAVA_OPTS% ^
  -cp "%APP_HOME%\lib\*" ${main.class} %*
exit /b %ERRORLEVEL%
