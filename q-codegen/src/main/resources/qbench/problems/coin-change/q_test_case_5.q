result:solve[2 5 10 1;27];
show result;
