result:solve[([] score:50 99; name:`erik`fynn);99];
show result;
