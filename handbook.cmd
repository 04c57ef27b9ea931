@echo off
rem The handbook generator's command on Windows; see the script "handbook" for the settings.
setlocal
set "here=%~dp0"
if not defined HANDBOOK_JAR set "HANDBOOK_JAR=%here%generator\target\handbook.jar"
if not exist "%HANDBOOK_JAR%" (
  echo handbook: %HANDBOOK_JAR% ontbreekt; maak het met: mvnw.cmd -B -DskipTests package 1>&2
  exit /b 2
)
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
if not defined HANDBOOK_JAVA_OPTS set /a heap=300 + 200 * %NUMBER_OF_PROCESSORS%
if not defined HANDBOOK_JAVA_OPTS (
  set "HANDBOOK_JAVA_OPTS=-Xmx%heap%m -XX:+UseParallelGC"
  if /i not "%~1"=="serve" if /i not "%~1"=="benchmark" set "HANDBOOK_JAVA_OPTS=-Xmx%heap%m -XX:+UseParallelGC -XX:TieredStopAtLevel=1"
)
"%java%" %HANDBOOK_JAVA_OPTS% -jar "%HANDBOOK_JAR%" %*
exit /b %ERRORLEVEL%
