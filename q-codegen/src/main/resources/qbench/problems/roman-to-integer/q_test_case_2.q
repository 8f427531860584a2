result:solve["LVIII"];
show result;
