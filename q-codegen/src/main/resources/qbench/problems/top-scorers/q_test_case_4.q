result:solve[([] score:100 7 42; name:`gaia`hugo`ines);5];
show result;
