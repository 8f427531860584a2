result:solve[7;13];
show result;
