result:solve[0;5];
show result;
