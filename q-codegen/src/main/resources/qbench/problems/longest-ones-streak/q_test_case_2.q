result:solve[000b];
show result;
