result:solve["XLII"];
show result;
